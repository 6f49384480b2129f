using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConferenceGen.Runtime.UrlEncoding;
using ConferenceGen.Runtime.Webhooks;

namespace ConferenceGen.EndToEnd.Tests.Webhooks;

/// <summary>How a callback arrives: a form POST, a JSON POST (its URL carrying bodySHA256), or a GET with a query.</summary>
internal enum CallbackKind
{
    Form,
    Json,
    Get,
}

/// <summary>
/// One generated callback: the URL the vendor signs (as configured on the call), the URL the receiving server sees
/// (the same, or with its default port written out or left off), and what the request holds.
/// </summary>
internal sealed record SignedCase(CallbackKind Kind, string SignedUrl, string ReceivedUrl, IReadOnlyList<KeyValuePair<string, string>> Fields, string? Body)
{
    public bool HasRepeatedNames => Fields.GroupBy(f => f.Key).Any(g => g.Count() > 1);

    /// <summary>The parameters the vendor signs: the form's fields; none for JSON and GET.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? SignedFields => Kind == CallbackKind.Form ? Fields : null;

    /// <summary>The request as the receiving server sees it, with the signature in <paramref name="header"/>.</summary>
    public WebhookRequest Request(string header, string? signature, string? url = null, byte[]? body = null)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (signature is not null)
        {
            headers.Add(new(header, signature));
        }

        if (Kind == CallbackKind.Form)
        {
            headers.Add(new("Content-Type", "application/x-www-form-urlencoded"));
        }
        else if (Kind == CallbackKind.Json)
        {
            headers.Add(new("Content-Type", "application/json"));
        }

        return new WebhookRequest(Kind == CallbackKind.Get ? "GET" : "POST", url ?? ReceivedUrl, headers, body ?? BodyBytes());
    }

    public byte[] BodyBytes()
    {
        if (Kind == CallbackKind.Json)
        {
            return Encoding.UTF8.GetBytes(Body!);
        }

        if (Kind == CallbackKind.Get)
        {
            return Array.Empty<byte>();
        }

        using var form = new FormWriter();
        foreach (var field in Fields)
        {
            form.Add(field.Key, field.Value);
        }

        return form.ToArray();
    }
}

/// <summary>
/// Callbacks made up from a fixed seed: names like Twilio's and some that sort oddly (case, underscore, non-ASCII),
/// values with spaces, reserved and non-ASCII characters (an emoji outside the BMP), repeated names (a repeated value
/// too), ports with and without the default, query strings, and each kind of callback.
/// </summary>
internal static class SignedRequestSet
{
    private static readonly string[] Names =
    {
        "AccountSid", "ConferenceSid", "FriendlyName", "StatusCallbackEvent", "CallSid", "Muted", "Hold", "Coaching",
        "SequenceNumber", "Timestamp", "Label", "a", "B", "_x", "Zoë", "名前",
    };

    private static readonly string[] Values =
    {
        "CF0123456789abcdef0123456789abcdef", "participant-join", "conference-end", "true", "false", "Room 1234",
        "a&b=c", "100% + more", "é", "漢字", "😀", "line\nbreak", "it's \"quoted\"", "?x=1#y", "", "https://example.com/a?b=c",
    };

    private static readonly string[] Hosts = { "example.com", "hooks.example.org" };
    private static readonly string[] Paths = { "/callbacks/conference", "/twilio/status", "/hooks/%C3%A9t%C3%A9" };
    private static readonly string[] Queries = { string.Empty, "?tenant=acme", "?tenant=acme&retry=1", "?q=a%20b" };

    public static IReadOnlyList<SignedCase> Create(int count, int seed = 26)
    {
        var random = new Random(seed);
        var cases = new List<SignedCase>();
        for (var i = 0; i < count; i++)
        {
            var kind = (CallbackKind)(i % 3);
            var https = random.Next(4) != 0;
            var defaultPort = https ? ":443" : ":80";
            var port = random.Next(4) switch
            {
                0 => defaultPort,
                1 => ":8443",
                _ => string.Empty,
            };
            var authority = Pick(random, Hosts);
            var query = Pick(random, Queries);
            var signedUrl = (https ? "https://" : "http://") + authority + port + Pick(random, Paths) + query;

            // The server may see the default port that the configured URL left off, or the reverse.
            var received = port == string.Empty && random.Next(2) == 0 ? signedUrl.Replace(authority, authority + defaultPort)
                : port == defaultPort && random.Next(2) == 0 ? signedUrl.Replace(authority + defaultPort, authority)
                : signedUrl;

            var fields = new List<KeyValuePair<string, string>>();
            if (kind == CallbackKind.Form)
            {
                var fieldCount = 1 + random.Next(7);
                for (var f = 0; f < fieldCount; f++)
                {
                    fields.Add(new(Pick(random, Names), Pick(random, Values)));
                }

                if (random.Next(2) == 0)
                {
                    // A repeated name, sometimes with a repeated value.
                    var name = Pick(random, Names);
                    var value = Pick(random, Values);
                    fields.Add(new(name, value));
                    fields.Add(new(name, random.Next(3) == 0 ? value : Pick(random, Values)));
                }
            }

            string? body = null;
            if (kind == CallbackKind.Json)
            {
                body = "{\"ConferenceSid\":\"" + Pick(random, Values).Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\",\"SequenceNumber\":" + random.Next(100) + "}";
                var hash = "bodySHA256=" + TwilioSignature.BodyHash(Encoding.UTF8.GetBytes(body));
                signedUrl += (query.Length == 0 ? "?" : "&") + hash;
                received += (query.Length == 0 ? "?" : "&") + hash;
            }

            cases.Add(new SignedCase(kind, signedUrl, received, fields, body));
        }

        return cases;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
