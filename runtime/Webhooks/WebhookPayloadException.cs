using System;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// A verified webhook whose body is not the documented shape: not JSON or not a form when one was documented, a
/// required field missing, a value its type cannot hold. The request, raw body included, stays on the delivery.
/// </summary>
public sealed class WebhookPayloadException : Exception
{
    internal WebhookPayloadException(string webhook, string message, Exception? innerException)
        : base(webhook + ": " + message, innerException)
    {
        Webhook = webhook;
    }

    /// <summary>The receiver's name (<c>UpdateConferenceStatusCallback</c>).</summary>
    public string Webhook { get; }
}
