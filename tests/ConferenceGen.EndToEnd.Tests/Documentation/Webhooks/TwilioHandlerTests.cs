using System.Collections.Generic;
using ConferenceGen.Runtime.UrlEncoding;
using ConferenceGen.Runtime.Webhooks;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.Documentation.Webhooks;

public sealed class TwilioHandlerTests
{
    [Fact]
    public void A_conference_end_callback_signed_like_Twilio_is_read()
    {
        const string url = "https://example.com/twilio/conference-status";
        var fields = new List<KeyValuePair<string, string>>
        {
            new("AccountSid", "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
            new("ConferenceSid", "CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
            new("StatusCallbackEvent", "conference-end"),
        };
        using var form = new FormWriter();
        fields.ForEach(field => form.Add(field.Key, field.Value));
        var headers = new Dictionary<string, string>
        {
            ["Content-Type"] = "application/x-www-form-urlencoded",
            [TwilioSignature.HeaderName] = TwilioSignature.Compute("test-auth-token", url, fields),
        };

        var webhooks = new TwilioWebhooks(new TwilioSignatureVerifier("test-auth-token"));
        var delivery = webhooks.ConferenceStatus.Receive(new WebhookRequest("POST", url, headers, form.ToArray()));

        Assert.True(delivery.HasPayload);
        Assert.Equal(ConferenceStatusCallbackStatusCallbackEvent.ConferenceEnd, delivery.Payload.StatusCallbackEvent);
    }
}
