using System;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// One received webhook: the request as it came (raw body included), whether its signature was valid, and its payload
/// read into the documented model, or the error that says why it could not be. An unverified request is never read.
/// </summary>
/// <typeparam name="TPayload">The documented payload.</typeparam>
public sealed class WebhookDelivery<TPayload>
{
    private readonly TPayload _payload;

    internal WebhookDelivery(WebhookRequest request, WebhookVerification verification, TPayload payload, WebhookPayloadException? error)
    {
        Request = request;
        Verification = verification;
        _payload = payload;
        Error = error;
    }

    /// <summary>The request, with its raw body and headers.</summary>
    public WebhookRequest Request { get; }

    /// <summary>The signature check.</summary>
    public WebhookVerification Verification { get; }

    /// <summary>Whether the request is proven to come from the vendor.</summary>
    public bool IsVerified => Verification.IsValid;

    /// <summary>Whether <see cref="Payload"/> holds the request's payload: verified and of the documented shape.</summary>
    public bool HasPayload => IsVerified && Error is null;

    /// <summary>Why a verified request's body could not be read, or null.</summary>
    public WebhookPayloadException? Error { get; }

    /// <summary>The payload.</summary>
    /// <exception cref="InvalidOperationException">The request is not verified, or its body is not the documented shape (<see cref="Error"/>).</exception>
    public TPayload Payload => HasPayload
        ? _payload
        : throw new InvalidOperationException(IsVerified ? "The webhook's body is not the documented shape: " + Error!.Message : "The webhook's signature is not valid: its body was not read.", Error);
}
