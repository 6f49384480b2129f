using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// Twilio's request signature (<c>X-Twilio-Signature</c>), which SignalWire's compatibility (LaML) callbacks use too:
/// base64 of HMAC-SHA1, keyed with the auth token (SignalWire: the signing key), over the full URL followed by the
/// form's parameters sorted by name (ordinal), each name followed by its value; a repeated name contributes each of its
/// distinct values, sorted (as Twilio's Node.js library signs them). A GET request, and a JSON request (whose URL
/// carries <c>bodySHA256</c>, the hex SHA-256 of the body), sign the URL alone. For signing test requests.
/// </summary>
public static class TwilioSignature
{
    /// <summary>The header Twilio sends the signature in.</summary>
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>The query parameter of a JSON callback's URL that holds the hex SHA-256 of its body.</summary>
    public const string BodyHashParameter = "bodySHA256";

    /// <summary>The signature of a request: <paramref name="url"/> as the vendor requests it, and the form's fields (none for GET and JSON requests).</summary>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>>? formFields = null)
    {
        Guard.NotNull(authToken);
        Guard.NotNull(url);
        return Convert.ToBase64String(Hmac(Encoding.UTF8.GetBytes(authToken), url + SortedFields(formFields)));
    }

    /// <summary>The lowercase hex SHA-256 of a body, the value of <see cref="BodyHashParameter"/>.</summary>
    public static string BodyHash(ReadOnlySpan<byte> body)
    {
        using var sha = SHA256.Create();
        return Hex.Lower(sha.ComputeHash(body.ToArray()));
    }

    /// <summary>The fields as signed: sorted by name, then by value, each distinct pair as name and value, nothing between.</summary>
    internal static string SortedFields(IEnumerable<KeyValuePair<string, string>>? fields)
    {
        if (fields is null)
        {
            return string.Empty;
        }

        var sorted = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!sorted.TryGetValue(field.Key, out var values))
            {
                sorted[field.Key] = values = new SortedSet<string>(StringComparer.Ordinal);
            }

            values.Add(field.Value ?? string.Empty);
        }

        var text = new StringBuilder();
        foreach (var field in sorted)
        {
            foreach (var value in field.Value)
            {
                text.Append(field.Key).Append(value);
            }
        }

        return text.ToString();
    }

    internal static byte[] Hmac(byte[] key, string data)
    {
        using var hmac = new HMACSHA1(key);
        return hmac.ComputeHash(Encoding.UTF8.GetBytes(data));
    }
}
