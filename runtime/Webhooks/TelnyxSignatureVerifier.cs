using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// Checks Telnyx's webhook signature: <c>telnyx-signature-ed25519</c> holds the base64 Ed25519 signature of
/// <c>telnyx-timestamp</c> (Unix seconds), a <c>|</c> and the raw body, made with the account's key; any of the
/// public keys given is accepted. A timestamp further from now than the tolerance is refused, so a captured request
/// cannot be replayed later.
/// </summary>
public sealed class TelnyxSignatureVerifier : IWebhookSignatureVerifier
{
    /// <summary>The header that holds the signature.</summary>
    public const string SignatureHeaderName = "telnyx-signature-ed25519";

    /// <summary>The header that holds the timestamp.</summary>
    public const string TimestampHeaderName = "telnyx-timestamp";

    private readonly IEd25519Verifier _ed25519;
    private readonly byte[][] _publicKeys;
    private readonly TimeSpan _tolerance;
    private readonly TimeProvider _time;

    /// <param name="ed25519">The Ed25519 implementation (<c>ConferenceGen.Ed25519</c>'s <c>Ed25519Verifier.Instance</c>).</param>
    /// <param name="publicKeys">The account's public keys, base64 as Telnyx shows them (32 bytes each).</param>
    /// <param name="tolerance">How far the timestamp may be from now, either way; 5 minutes when null.</param>
    /// <param name="timeProvider">The clock; the system's when null.</param>
    public TelnyxSignatureVerifier(IEd25519Verifier ed25519, IEnumerable<string> publicKeys, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
    {
        Guard.NotNull(ed25519);
        Guard.NotNull(publicKeys);
        _ed25519 = ed25519;
        _publicKeys = publicKeys.Select(key => Base64.TryDecode(key ?? string.Empty) is { Length: 32 } bytes
            ? bytes
            : throw new ArgumentException("A public key must be 32 bytes in base64.", nameof(publicKeys))).ToArray();
        if (_publicKeys.Length == 0)
        {
            throw new ArgumentException("At least one public key is needed.", nameof(publicKeys));
        }

        _tolerance = tolerance ?? TimeSpan.FromMinutes(5);
        if (_tolerance < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), "The tolerance cannot be negative.");
        }

        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The signed message of a request: the timestamp's text, <c>|</c>, then the raw body. For signing test requests.</summary>
    public static byte[] SignedMessage(string timestamp, ReadOnlySpan<byte> body)
    {
        Guard.NotNull(timestamp);
        var prefix = Encoding.UTF8.GetBytes(timestamp + "|");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return message;
    }

    /// <inheritdoc />
    public WebhookVerification Verify(WebhookRequest request)
    {
        Guard.NotNull(request);
        var header = request.Header(SignatureHeaderName);
        var timestamp = request.Header(TimestampHeaderName);
        if (header is null || timestamp is null)
        {
            return WebhookVerification.Failed("the " + (header is null ? SignatureHeaderName : TimestampHeaderName) + " header is missing");
        }

        if (!long.TryParse(timestamp.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
        {
            return WebhookVerification.Failed("the " + TimestampHeaderName + " header is not a Unix time in seconds");
        }

        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age > _tolerance || -age > _tolerance)
        {
            return WebhookVerification.Failed("the timestamp is outside the tolerance (a replay, or a clock that is off)");
        }

        if (Base64.TryDecode(header.Trim()) is not { Length: 64 } signature)
        {
            return WebhookVerification.Failed("the " + SignatureHeaderName + " header is not a base64 Ed25519 signature");
        }

        var message = SignedMessage(timestamp.Trim(), request.Body.Span);
        foreach (var key in _publicKeys)
        {
            if (_ed25519.Verify(key, message, signature))
            {
                return WebhookVerification.Valid;
            }
        }

        return WebhookVerification.Failed("the signature matches none of the keys");
    }
}
