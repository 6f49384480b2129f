using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// Checks Twilio's <c>X-Twilio-Signature</c> (<see cref="TwilioSignature"/> says what it covers) against one or more
/// auth tokens: the primary and, while rotating, the secondary. A JSON request must also match the <c>bodySHA256</c>
/// of its URL. The URL is tried as requested, without its port and with the default port.
/// </summary>
public sealed class TwilioSignatureVerifier : IWebhookSignatureVerifier
{
    private readonly byte[][] _keys;
    private readonly string[] _headers;

    /// <summary>A verifier that accepts a signature made with any of <paramref name="authTokens"/>.</summary>
    public TwilioSignatureVerifier(params string[] authTokens)
        : this(authTokens, new[] { TwilioSignature.HeaderName })
    {
    }

    internal TwilioSignatureVerifier(IEnumerable<string> keys, string[] headers)
    {
        Guard.NotNull(keys);
        _keys = keys.Select(key => string.IsNullOrEmpty(key) ? throw new ArgumentException("A key cannot be null or empty.", nameof(keys)) : Encoding.UTF8.GetBytes(key)).ToArray();
        if (_keys.Length == 0)
        {
            throw new ArgumentException("At least one key is needed.", nameof(keys));
        }

        _headers = headers;
    }

    /// <inheritdoc />
    public WebhookVerification Verify(WebhookRequest request)
    {
        Guard.NotNull(request);
        var header = _headers.Select(request.Header).FirstOrDefault(value => value is not null);
        if (header is null)
        {
            return WebhookVerification.Failed("the " + _headers[0] + " header is missing");
        }

        var signature = Base64.TryDecode(header.Trim());
        if (signature is null)
        {
            return WebhookVerification.Failed("the " + _headers[0] + " header is not base64");
        }

        return Verify(request, signature, _keys);
    }

    /// <summary>The check of a decoded signature, shared with SignalWire's compatibility callbacks.</summary>
    internal static WebhookVerification Verify(WebhookRequest request, byte[] signature, byte[][] keys)
    {
        var fields = string.Empty;
        var bodyHash = request.Query.Where(field => field.Key == TwilioSignature.BodyHashParameter).Select(field => field.Value).FirstOrDefault();
        if (bodyHash is not null)
        {
            var expected = Hex.TryDecode(bodyHash);
            using var sha = System.Security.Cryptography.SHA256.Create();
            if (expected is null || !FixedTime.Equal(sha.ComputeHash(request.Body.ToArray()), expected))
            {
                return WebhookVerification.Failed("the body does not match the bodySHA256 of its URL");
            }
        }
        else if (request.IsForm && !string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            fields = TwilioSignature.SortedFields(request.Form);
        }

        foreach (var url in SignedUrl.Candidates(request.Url))
        {
            foreach (var key in keys)
            {
                if (FixedTime.Equal(TwilioSignature.Hmac(key, url + fields), signature))
                {
                    return WebhookVerification.Valid;
                }
            }
        }

        return WebhookVerification.Failed("the signature matches none of the keys");
    }
}
