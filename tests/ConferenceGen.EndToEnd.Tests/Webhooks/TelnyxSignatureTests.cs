using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ConferenceGen.Ed25519;
using ConferenceGen.Runtime.Webhooks;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace ConferenceGen.EndToEnd.Tests.Webhooks;

/// <summary>
/// Telnyx's Ed25519 signature over <c>timestamp|body</c>, checked through the optional ConferenceGen.Ed25519 package,
/// with key pairs the test generates and a clock the test sets.
/// </summary>
public sealed class TelnyxSignatureTests
{
    private const string Body = "{\"data\":{\"event_type\":\"conference.ended\",\"id\":\"0ccc7b54-4df3-4bca-a65a-3da1ecc777f0\",\"payload\":{\"conference_id\":\"41b9acd4-f4da-4ff5-a85c-e07e90b53f46\"}}}";

    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private readonly Ed25519PrivateKeyParameters _key = NewKey();
    private readonly Ed25519PrivateKeyParameters _newKey = NewKey();

    [Fact]
    public void A_request_signed_with_the_accounts_key_is_accepted()
    {
        var verifier = Verifier(_key);

        var verification = verifier.Verify(Signed(_key, Now, Body));

        Assert.True(verification.IsValid, verification.ToString());
    }

    [Fact]
    public void Either_public_key_is_accepted_while_keys_change()
    {
        var verifier = Verifier(_key, _newKey);

        Assert.True(verifier.Verify(Signed(_key, Now, Body)).IsValid);
        Assert.True(verifier.Verify(Signed(_newKey, Now, Body)).IsValid);
        Assert.False(Verifier(_key).Verify(Signed(_newKey, Now, Body)).IsValid);
    }

    [Fact]
    public void A_changed_body_or_timestamp_is_refused()
    {
        var verifier = Verifier(_key);
        var signed = Signed(_key, Now, Body);

        Assert.False(verifier.Verify(Request(signed.Header(TelnyxSignatureVerifier.SignatureHeaderName)!, Now, Body.Replace("ended", "start"))).IsValid);
        Assert.False(verifier.Verify(Request(signed.Header(TelnyxSignatureVerifier.SignatureHeaderName)!, Now.AddSeconds(1), Body)).IsValid);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86400)]
    public void A_replayed_or_early_timestamp_outside_the_tolerance_is_refused_though_its_signature_is_valid(int secondsFromNow)
    {
        var verifier = Verifier(_key);

        var verification = verifier.Verify(Signed(_key, Now.AddSeconds(secondsFromNow), Body));

        Assert.False(verification.IsValid);
        Assert.Contains("tolerance", verification.Failure);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(299)]
    public void A_timestamp_within_the_tolerance_is_accepted(int secondsFromNow)
    {
        Assert.True(Verifier(_key).Verify(Signed(_key, Now.AddSeconds(secondsFromNow), Body)).IsValid);
    }

    [Fact]
    public void Missing_or_malformed_headers_are_refused_with_a_reason()
    {
        var verifier = Verifier(_key);

        Assert.Equal("the telnyx-signature-ed25519 header is missing", verifier.Verify(new WebhookRequest("POST", "https://example.com/telnyx", new Dictionary<string, string> { ["telnyx-timestamp"] = "1" }, Array.Empty<byte>())).Failure);
        Assert.Contains("Unix time", verifier.Verify(Request("AAAA", "yesterday", Body)).Failure);
        Assert.Contains("base64 Ed25519", verifier.Verify(Request("AAAA", Now, Body)).Failure);
    }

    [Fact]
    public void A_public_key_that_is_not_32_bytes_of_base64_is_refused_at_construction()
    {
        Assert.Throws<ArgumentException>(() => new TelnyxSignatureVerifier(Ed25519Verifier.Instance, new[] { "c2hvcnQ=" }));
    }

    private static TelnyxSignatureVerifier Verifier(params Ed25519PrivateKeyParameters[] keys) => new(
        Ed25519Verifier.Instance,
        Array.ConvertAll(keys, key => Convert.ToBase64String(key.GeneratePublicKey().GetEncoded())),
        timeProvider: new FixedClock(Now));

    private static WebhookRequest Signed(Ed25519PrivateKeyParameters key, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var message = TelnyxSignatureVerifier.SignedMessage(timestamp, Encoding.UTF8.GetBytes(body));
        var signer = new Ed25519Signer();
        signer.Init(true, key);
        signer.BlockUpdate(message, 0, message.Length);
        return Request(Convert.ToBase64String(signer.GenerateSignature()), timestamp, body);
    }

    private static WebhookRequest Request(string signature, DateTimeOffset at, string body) =>
        Request(signature, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), body);

    private static WebhookRequest Request(string signature, string timestamp, string body) => new(
        "POST",
        "https://example.com/telnyx",
        new Dictionary<string, string>
        {
            ["Content-Type"] = "application/json",
            ["Telnyx-Signature-Ed25519"] = signature,
            ["Telnyx-Timestamp"] = timestamp,
        },
        Encoding.UTF8.GetBytes(body));

    private static Ed25519PrivateKeyParameters NewKey()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        return (Ed25519PrivateKeyParameters)generator.GenerateKeyPair().Private;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
