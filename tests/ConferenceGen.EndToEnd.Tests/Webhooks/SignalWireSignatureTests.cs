using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConferenceGen.Runtime.Webhooks;

namespace ConferenceGen.EndToEnd.Tests.Webhooks;

/// <summary>
/// SignalWire's signatures: its compatibility (LaML) callbacks are signed as Twilio signs them, under
/// X-SignalWire-Signature or X-Twilio-Signature, with the signing key (computed here by Twilio's Node.js library);
/// its JSON webhooks sign the URL followed by the raw body, HMAC-SHA1 in hex (computed by Node's crypto).
/// </summary>
public sealed class SignalWireSignatureTests
{
    private const string SigningKey = "PSK_0123456789abcdefghijklmnop";
    private const string ResetKey = "PSK_zyxwvutsrqponmlkjihgfedcba";

    private static readonly IReadOnlyList<SignedCase> Cases = SignedRequestSet.Create(90, seed: 7);

    [Theory]
    [InlineData(SignalWireSignatureVerifier.HeaderName)]
    [InlineData(TwilioSignature.HeaderName)]
    public void Compatibility_callbacks_signed_the_Twilio_way_are_accepted_under_either_header(string header)
    {
        var answers = TwilioNode.Run(Cases.Select(c => (SigningKey, c.SignedUrl, c.SignedFields, c.Body, (string?)null)));
        var verifier = new SignalWireSignatureVerifier(ResetKey, SigningKey);

        for (var i = 0; i < Cases.Count; i++)
        {
            var verification = verifier.Verify(Cases[i].Request(header, answers[i].Signature));
            Assert.True(verification.IsValid, $"case {i} ({Cases[i]}): {verification}");
        }
    }

    [Fact]
    public void Json_webhooks_signed_over_the_url_and_raw_body_in_hex_are_accepted_and_computed_alike()
    {
        var json = Cases.Where(c => c.Body is not null).Select(c => c with { SignedUrl = c.SignedUrl.Split('?')[0], ReceivedUrl = c.ReceivedUrl.Split('?')[0] }).ToList();
        var answers = TwilioNode.Run(json.Select(c => (SigningKey, c.SignedUrl, (IReadOnlyList<KeyValuePair<string, string>>?)null, c.Body, (string?)null)));
        var verifier = new SignalWireSignatureVerifier(SigningKey);

        for (var i = 0; i < json.Count; i++)
        {
            Assert.Equal(answers[i].JsonSignature, SignalWireSignatureVerifier.ComputeJson(SigningKey, json[i].SignedUrl, Encoding.UTF8.GetBytes(json[i].Body!)));
            var verification = verifier.Verify(json[i].Request(SignalWireSignatureVerifier.HeaderName, answers[i].JsonSignature));
            Assert.True(verification.IsValid, $"case {i} ({json[i]}): {verification}");
        }
    }

    [Fact]
    public void A_json_webhook_whose_body_changed_or_was_signed_with_a_retired_key_is_refused()
    {
        var c = Cases.First(c => c.Body is not null) with { };
        var url = c.ReceivedUrl.Split('?')[0];
        var body = c.BodyBytes();
        var verifier = new SignalWireSignatureVerifier(SigningKey);
        var signature = SignalWireSignatureVerifier.ComputeJson(SigningKey, url, body);
        Assert.True(verifier.Verify(c.Request(SignalWireSignatureVerifier.HeaderName, signature, url: url)).IsValid);

        body[1] ^= 1;
        Assert.False(verifier.Verify(c.Request(SignalWireSignatureVerifier.HeaderName, signature, url: url, body: body)).IsValid);
        Assert.False(verifier.Verify(c.Request(SignalWireSignatureVerifier.HeaderName, SignalWireSignatureVerifier.ComputeJson(ResetKey, url, c.BodyBytes()), url: url)).IsValid);
        Assert.Equal("the X-SignalWire-Signature header is missing", verifier.Verify(c.Request(SignalWireSignatureVerifier.HeaderName, null, url: url)).Failure);
    }
}
