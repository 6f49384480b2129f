namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// One of several kinds of webhook that arrive at one URL, told apart by the payload's discriminator
/// (<c>eventType</c>, <c>StatusCallbackEvent</c>): the discriminator's value and, for a kind the spec documents, the
/// payload read into its model. Match on <see cref="Payload"/>'s type; a kind the spec does not document (the vendor
/// added one) is handed over with <see cref="Payload"/> null, its raw body on the delivery's request.
/// </summary>
public sealed class WebhookEvent
{
    internal WebhookEvent(string? type, object? payload)
    {
        Type = type;
        Payload = payload;
    }

    /// <summary>The discriminator's value, or null when the payload has none.</summary>
    public string? Type { get; }

    /// <summary>The payload as its documented model, or null for an unknown kind.</summary>
    public object? Payload { get; }

    /// <summary>Whether the spec documents this kind.</summary>
    public bool IsKnown => Payload is not null;

    /// <inheritdoc />
    public override string ToString() => (Type ?? "(no type)") + (IsKnown ? string.Empty : " (unknown)");
}
