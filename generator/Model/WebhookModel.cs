namespace ConferenceGen.Generator.Model;

/// <summary>How a vendor signs its callbacks, as a project's <c>WebhookSignature</c> metadata names it.</summary>
internal enum WebhookSignatureScheme
{
    /// <summary>Not said: the receivers are built with a verifier only.</summary>
    None,

    /// <summary>X-Twilio-Signature, keyed with auth tokens.</summary>
    Twilio,

    /// <summary>X-SignalWire-Signature, keyed with signing keys.</summary>
    SignalWire,

    /// <summary>HTTP Basic credentials configured on the callback (Bandwidth).</summary>
    Basic,
}

/// <summary>The receivers of the requests an API sends to its user: its operations' callbacks and its 3.1 webhooks.</summary>
/// <param name="ClassName">The generated class that holds them (<c>TwilioClientWebhooks</c>).</param>
/// <param name="Signature">The signature scheme the project names for the spec: the class then also has a constructor that takes its keys.</param>
internal sealed record WebhooksModel(string ClassName, string? ApiTitle, EquatableArray<WebhookModel> Receivers, EquatableArray<WebhookEventsModel> Events, WebhookSignatureScheme Signature = WebhookSignatureScheme.None);

/// <summary>One documented callback or webhook: a request of one method with one payload.</summary>
/// <param name="Name">The receiver's property name (<c>UpdateConferenceStatusCallback</c>).</param>
/// <param name="Origin">Where the spec declares it, for documentation (<c>callback 'StatusCallback' of UpdateConference</c>).</param>
/// <param name="Url">The callback's URL expression (<c>{$request.body#/StatusCallback}</c>), null for a webhook.</param>
/// <param name="Payload">The body's type.</param>
/// <param name="Json">Whether the spec documents a JSON body.</param>
/// <param name="Form">Whether it documents a form body (read field by field; the payload is then an object).</param>
internal sealed record WebhookModel(string Name, string Origin, string? Url, string? Summary, HttpVerb Method, TypeRef Payload, bool Json, bool Form);

/// <summary>Several callbacks or webhooks that arrive at one URL, told apart by a discriminator field of their payloads.</summary>
/// <param name="Name">The receiver's property name (<c>Events</c>, <c>UpdateConferenceEvents</c>).</param>
/// <param name="Origin">Which requests it receives, for documentation.</param>
/// <param name="Discriminator">The top-level field whose value names the kind (<c>eventType</c>).</param>
internal sealed record WebhookEventsModel(string Name, string Origin, HttpVerb Method, string Discriminator, EquatableArray<WebhookEventCaseModel> Cases);

/// <summary>One kind of a <see cref="WebhookEventsModel"/>: the discriminator's value and how its payload is read.</summary>
internal sealed record WebhookEventCaseModel(string Value, TypeRef Payload, bool Json, bool Form);
