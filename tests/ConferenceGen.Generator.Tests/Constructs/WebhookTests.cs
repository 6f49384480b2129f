using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Runtime.UrlEncoding;
using ConferenceGen.Runtime.Webhooks;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>
/// The generated receivers of callbacks and webhooks (webhooks.yaml): a signed request read into the documented
/// payload, from a form (PascalCase fields, repeated names, non-ASCII values), a GET's query or JSON; several kinds at
/// one URL told apart by their discriminator, an unknown kind handed over as such; a body of another shape as a typed
/// error with the raw body kept; nothing read from a request whose signature fails.
/// </summary>
public sealed class WebhookTests : IDisposable
{
    private const string Token = "auth-token";
    private const string Url = "https://hooks.example.com/conference?tenant=acme";

    private readonly Generated _generated = Generated.Compile("webhooks.yaml", "Tests.Webhooks");
    private readonly dynamic _webhooks;

    public WebhookTests()
    {
        _webhooks = Activator.CreateInstance(_generated.Type("WebhooksClientWebhooks"), new TwilioSignatureVerifier(Token))!;
    }

    [Fact]
    public void A_signed_form_callback_is_read_into_its_model_field_by_field()
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("ConferenceSid", "CF123"),
            new("StatusCallbackEvent", "participant-join"),
            new("FriendlyName", "Salle été 漢字 😀"),
            new("Muted", "true"),
            new("SequenceNumber", "7"),
            new("Tag", "blue"),
            new("Tag", "green"),
            new("Undocumented", "kept on the request"),
        };

        var delivery = _webhooks.UpdateConferenceStatusCallbackPost.Receive(Form(fields));

        Assert.True(delivery.HasPayload, (string)Convert.ToString(delivery.Error));
        var payload = delivery.Payload;
        Assert.Equal("CF123", payload.ConferenceSid);
        Assert.Equal("participant-join", payload.StatusCallbackEvent.ToString());
        Assert.Equal("Salle été 漢字 😀", payload.FriendlyName);
        Assert.True(payload.Muted);
        Assert.Equal(7L, (long)payload.SequenceNumber);
        Assert.Equal(new[] { "blue", "green" }, ((IEnumerable<string>)payload.Tag).ToArray());
        Assert.Contains(new KeyValuePair<string, string>("Undocumented", "kept on the request"), (IEnumerable<KeyValuePair<string, string>>)delivery.Request.Form);
    }

    [Fact]
    public void A_GET_callback_is_read_from_its_query()
    {
        var url = Url + "&ConferenceSid=CF9&StatusCallbackEvent=conference-end";
        var request = new WebhookRequest("GET", url, new Dictionary<string, string> { [TwilioSignature.HeaderName] = TwilioSignature.Compute(Token, url) }, Array.Empty<byte>());

        var delivery = _webhooks.UpdateConferenceStatusCallbackGet.Receive(request);

        Assert.True(delivery.HasPayload, (string)Convert.ToString(delivery.Error));
        Assert.Equal("CF9", delivery.Payload.ConferenceSid);
        Assert.Equal("conference-end", delivery.Payload.StatusCallbackEvent);
        Assert.Equal("GET", _webhooks.UpdateConferenceStatusCallbackGet.Method);
    }

    [Fact]
    public void A_JSON_webhook_is_read_into_its_model()
    {
        var delivery = _webhooks.ConferenceEnded.Receive(Json("{\"event_type\":\"conference.ended\",\"conference_id\":\"c-1\",\"reason\":\"all left\"}"));

        Assert.True(delivery.HasPayload, (string)Convert.ToString(delivery.Error));
        Assert.Equal("c-1", delivery.Payload.ConferenceId);
        Assert.Equal("all left", delivery.Payload.Reason);
    }

    [Fact]
    public void Several_webhooks_at_one_url_are_told_apart_by_their_discriminator()
    {
        WebhookEvent ended = _webhooks.Events.Receive(Json("{\"event_type\":\"conference.ended\",\"conference_id\":\"c-1\"}")).Payload;
        WebhookEvent joined = _webhooks.Events.Receive(Json("{\"conference_id\":\"c-1\",\"call_id\":\"v3:1\",\"event_type\":\"conference.participant.joined\"}")).Payload;

        Assert.Equal("ConferenceEndedPayload", ended.Payload!.GetType().Name);
        Assert.Equal("ParticipantJoinedPayload", joined.Payload!.GetType().Name);
        Assert.Equal("v3:1", ((dynamic)joined.Payload).CallId);
        Assert.Equal("conference.participant.joined", joined.Type);
    }

    [Fact]
    public void Callbacks_of_one_operation_to_one_url_are_told_apart_by_their_enum_of_one_value()
    {
        WebhookEvent created = _webhooks.CreateConferenceEvents.Receive(Json("{\"eventType\":\"conferenceCreated\",\"conferenceId\":\"c-2\",\"name\":\"standup\"}")).Payload;

        Assert.Equal("ConferenceCreatedEvent", created.Payload!.GetType().Name);
        Assert.Equal("standup", ((dynamic)created.Payload).Name);
    }

    [Theory]
    [InlineData("{\"event_type\":\"conference.recording.saved\",\"conference_id\":\"c-1\"}", "conference.recording.saved")]
    [InlineData("{\"conference_id\":\"c-1\"}", null)]
    public void An_unknown_kind_is_handed_over_as_unknown_never_dropped_and_never_thrown(string json, string? type)
    {
        var delivery = _webhooks.Events.Receive(Json(json));

        Assert.True(delivery.HasPayload);
        WebhookEvent received = delivery.Payload;
        Assert.False(received.IsKnown);
        Assert.Null(received.Payload);
        Assert.Equal(type, received.Type);
        Assert.Equal(json, Encoding.UTF8.GetString(((ReadOnlyMemory<byte>)delivery.Request.Body).ToArray()));
    }

    [Theory]
    [InlineData("{\"event_type\":\"conference.ended\"}")]
    [InlineData("{\"event_type\":\"conference.ended\",\"conference_id\":{\"id\":42}}")]
    [InlineData("<xml/>")]
    public void A_body_of_another_shape_is_a_typed_error_and_the_raw_body_is_kept(string json)
    {
        var delivery = _webhooks.ConferenceEnded.Receive(Json(json));

        Assert.True(delivery.IsVerified);
        Assert.False(delivery.HasPayload);
        Assert.IsType<WebhookPayloadException>(delivery.Error);
        Assert.Equal("ConferenceEnded", ((WebhookPayloadException)delivery.Error).Webhook);
        Assert.Equal(json, Encoding.UTF8.GetString(((ReadOnlyMemory<byte>)delivery.Request.Body).ToArray()));
        Assert.Throws<InvalidOperationException>(() => (object)delivery.Payload);
    }

    [Fact]
    public void A_form_without_a_required_field_is_a_typed_error_naming_the_field()
    {
        var delivery = _webhooks.UpdateConferenceStatusCallbackPost.Receive(Form(new List<KeyValuePair<string, string>> { new("ConferenceSid", "CF1") }));

        Assert.Contains("StatusCallbackEvent", ((WebhookPayloadException)delivery.Error).Message);
    }

    [Fact]
    public void Nothing_is_read_from_a_request_whose_signature_fails()
    {
        var request = new WebhookRequest("POST", Url, new Dictionary<string, string> { ["Content-Type"] = "application/json", [TwilioSignature.HeaderName] = TwilioSignature.Compute("another token", Url) }, Encoding.UTF8.GetBytes("{\"event_type\":\"conference.ended\",\"conference_id\":\"c-1\"}"));

        var delivery = _webhooks.ConferenceEnded.Receive(request);

        Assert.False(delivery.IsVerified);
        Assert.False(delivery.HasPayload);
        Assert.Null(delivery.Error);
        Assert.Throws<InvalidOperationException>(() => (object)delivery.Payload);
    }

    public void Dispose() => _generated.Dispose();

    private static WebhookRequest Form(List<KeyValuePair<string, string>> fields)
    {
        using var form = new FormWriter();
        fields.ForEach(f => form.Add(f.Key, f.Value));
        return new WebhookRequest("POST", Url, new Dictionary<string, string>
        {
            ["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8",
            [TwilioSignature.HeaderName] = TwilioSignature.Compute(Token, Url, fields),
        }, form.ToArray());
    }

    // A JSON callback as Twilio signs one: the URL carries the body's SHA-256.
    private static WebhookRequest Json(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var url = Url + "&bodySHA256=" + TwilioSignature.BodyHash(body);
        return new WebhookRequest("POST", url, new Dictionary<string, string>
        {
            ["Content-Type"] = "application/json",
            [TwilioSignature.HeaderName] = TwilioSignature.Compute(Token, url),
        }, body);
    }
}
