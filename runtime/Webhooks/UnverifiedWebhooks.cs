namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// Accepts every request unchecked: anyone who finds the URL can send any event. Only for a vendor that signs nothing
/// and an endpoint that is reachable by the vendor alone (a private network, mutual TLS), or for local experiments.
/// </summary>
public sealed class UnverifiedWebhooks : IWebhookSignatureVerifier
{
    private UnverifiedWebhooks()
    {
    }

    /// <summary>The one instance.</summary>
    public static UnverifiedWebhooks Instance { get; } = new();

    /// <inheritdoc />
    public WebhookVerification Verify(WebhookRequest request) => WebhookVerification.Valid;
}
