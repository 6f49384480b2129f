namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// The outcome of a signature check: valid, or why not. The reason is for logs; it never holds a key, a signature or
/// the expected value, and an endpoint answers a failed check with a bare 403.
/// </summary>
public sealed class WebhookVerification
{
    private WebhookVerification(bool isValid, string? failure)
    {
        IsValid = isValid;
        Failure = failure;
    }

    /// <summary>A passed check.</summary>
    public static WebhookVerification Valid { get; } = new(true, null);

    /// <summary>Whether the request is proven to come from the vendor.</summary>
    public bool IsValid { get; }

    /// <summary>Why the check failed (<c>"the X-Twilio-Signature header is missing"</c>), or null when it passed.</summary>
    public string? Failure { get; }

    /// <summary>A failed check.</summary>
    public static WebhookVerification Failed(string failure) => new(false, failure ?? "the signature is not valid");

    /// <inheritdoc />
    public override string ToString() => IsValid ? "valid" : "invalid: " + Failure;
}
