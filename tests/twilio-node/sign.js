// Reads request sets (JSON) on stdin and answers, for each, with what Twilio's Node.js library computes and decides:
// the signature of the URL and form parameters, the hex SHA-256 of a JSON body, and whether a given signature
// validates. SignalWire's JSON scheme (HMAC-SHA1 hex of URL + raw body) is computed with Node's crypto.
const twilio = require("twilio/lib/webhooks/webhooks");
const crypto = require("crypto");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const answers = JSON.parse(input).map((c) => ({
    signature: twilio.getExpectedTwilioSignature(c.token, c.url, c.params),
    bodyHash: c.body === null ? null : twilio.getExpectedBodyHash(c.body),
    jsonSignature: c.body === null ? null : crypto.createHmac("sha1", c.token).update(Buffer.from(c.url + c.body, "utf-8")).digest("hex"),
    validates: c.check === null ? null : c.body !== null && c.url.indexOf("bodySHA256") !== -1
      ? twilio.validateRequestWithBody(c.token, c.check, c.url, c.body)
      : twilio.validateRequest(c.token, c.check, c.url, c.params),
  }));
  process.stdout.write(JSON.stringify(answers));
});
