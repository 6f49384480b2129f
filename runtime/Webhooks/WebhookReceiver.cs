using System;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// Receives one kind of webhook or callback that a spec documents: checks the request's signature with the client's
/// verifier, then reads the body into the documented payload. Generated per webhook (<c>TwilioClientWebhooks</c> has
/// one property per callback); thread-safe and reusable.
/// </summary>
/// <typeparam name="TPayload">The documented payload (a generated model, or <see cref="WebhookEvent"/> for several kinds at one URL).</typeparam>
public sealed class WebhookReceiver<TPayload>
{
    private readonly WebhookPayloadReader<TPayload> _reader;

    /// <param name="name">The receiver's name, for errors and logs.</param>
    /// <param name="method">The HTTP method the spec documents for it (<c>POST</c>, <c>GET</c>).</param>
    /// <param name="verifier">Checks each request's signature.</param>
    /// <param name="reader">Reads the payload.</param>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public WebhookReceiver(string name, string method, IWebhookSignatureVerifier verifier, WebhookPayloadReader<TPayload> reader)
    {
        Guard.NotNullOrEmpty(name);
        Guard.NotNullOrEmpty(method);
        Guard.NotNull(verifier);
        Guard.NotNull(reader);
        Name = name;
        Method = method;
        Verifier = verifier;
        _reader = reader;
    }

    /// <summary>The receiver's name.</summary>
    public string Name { get; }

    /// <summary>The HTTP method the spec documents.</summary>
    public string Method { get; }

    /// <summary>The signature check every request passes first.</summary>
    public IWebhookSignatureVerifier Verifier { get; }

    /// <summary>Checks the request's signature and, when it is valid, reads its payload. Never throws for a bad request: the delivery says what was wrong.</summary>
    public WebhookDelivery<TPayload> Receive(WebhookRequest request)
    {
        Guard.NotNull(request);
        var verification = Verifier.Verify(request);
        if (!verification.IsValid)
        {
            return new WebhookDelivery<TPayload>(request, verification, default!, null);
        }

        try
        {
            return new WebhookDelivery<TPayload>(request, verification, _reader.Read(request, Name), null);
        }
        catch (WebhookPayloadException error)
        {
            return new WebhookDelivery<TPayload>(request, verification, default!, error);
        }
    }
}
