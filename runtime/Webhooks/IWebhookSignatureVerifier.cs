namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// Checks that a webhook request comes from the vendor. One instance per vendor account, holding every key that is
/// valid at the moment (during a key rotation, the old and the new one); thread-safe and reusable.
/// </summary>
public interface IWebhookSignatureVerifier
{
    /// <summary>Checks the request's signature (or credentials) against the keys this verifier holds.</summary>
    WebhookVerification Verify(WebhookRequest request);
}
