using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// Checks SignalWire's <c>X-SignalWire-Signature</c> (or <c>X-Twilio-Signature</c>, which its compatibility API sends
/// too) against one or more signing keys (after a reset, the old and the new one). Two schemes, told apart by the
/// signature's form: compatibility (LaML) callbacks are signed as Twilio signs them (base64, <see cref="TwilioSignature"/>);
/// RELAY and SWML JSON webhooks sign the URL followed by the raw body, HMAC-SHA1 in hex (<see cref="ComputeJson"/>).
/// </summary>
public sealed class SignalWireSignatureVerifier : IWebhookSignatureVerifier
{
    /// <summary>The header SignalWire sends the signature in.</summary>
    public const string HeaderName = "X-SignalWire-Signature";

    private readonly byte[][] _keys;

    /// <summary>A verifier that accepts a signature made with any of <paramref name="signingKeys"/>.</summary>
    public SignalWireSignatureVerifier(params string[] signingKeys)
    {
        Guard.NotNull(signingKeys);
        _keys = signingKeys.Select(key => string.IsNullOrEmpty(key) ? throw new ArgumentException("A key cannot be null or empty.", nameof(signingKeys)) : Encoding.UTF8.GetBytes(key)).ToArray();
        if (_keys.Length == 0)
        {
            throw new ArgumentException("At least one key is needed.", nameof(signingKeys));
        }
    }

    /// <summary>The hex signature of a JSON (RELAY, SWML) webhook: HMAC-SHA1 of the URL followed by the raw body. For signing test requests.</summary>
    public static string ComputeJson(string signingKey, string url, ReadOnlySpan<byte> body)
    {
        Guard.NotNull(signingKey);
        Guard.NotNull(url);
        return Hex.Lower(JsonHmac(Encoding.UTF8.GetBytes(signingKey), url, body));
    }

    /// <inheritdoc />
    public WebhookVerification Verify(WebhookRequest request)
    {
        Guard.NotNull(request);
        var header = (request.Header(HeaderName) ?? request.Header(TwilioSignature.HeaderName))?.Trim();
        if (header is null)
        {
            return WebhookVerification.Failed("the " + HeaderName + " header is missing");
        }

        // HMAC-SHA1 has 20 bytes: 40 characters in hex, 28 in base64. Either scheme needs the key, so trying the one the
        // signature's form names is as safe as knowing the scheme beforehand.
        if (header.Length == 40 && Hex.TryDecode(header) is { } hex)
        {
            foreach (var url in SignedUrl.Candidates(request.Url))
            {
                foreach (var key in _keys)
                {
                    if (FixedTime.Equal(JsonHmac(key, url, request.Body.Span), hex))
                    {
                        return WebhookVerification.Valid;
                    }
                }
            }

            return WebhookVerification.Failed("the signature matches none of the keys");
        }

        return Base64.TryDecode(header) is { } signature
            ? TwilioSignatureVerifier.Verify(request, signature, _keys)
            : WebhookVerification.Failed("the " + HeaderName + " header is neither hex nor base64");
    }

    private static byte[] JsonHmac(byte[] key, string url, ReadOnlySpan<byte> body)
    {
        var urlBytes = Encoding.UTF8.GetBytes(url);
        var data = new byte[urlBytes.Length + body.Length];
        urlBytes.CopyTo(data, 0);
        body.CopyTo(data.AsSpan(urlBytes.Length));
        using var hmac = new System.Security.Cryptography.HMACSHA1(key);
        return hmac.ComputeHash(data);
    }
}
