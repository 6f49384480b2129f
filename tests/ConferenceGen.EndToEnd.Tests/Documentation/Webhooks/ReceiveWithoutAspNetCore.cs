using System.Collections.Generic;
using ConferenceGen.Runtime.Webhooks;
using Vendors.Catapult;

namespace ConferenceGen.EndToEnd.Tests.Documentation.Webhooks;

public static class ReceiveWithoutAspNetCore
{
    // From any host (a function, a queue consumer): the URL the vendor called, the headers, the raw body.
    public static string Describe(CatapultClientWebhooks webhooks, string url, IEnumerable<KeyValuePair<string, string>> headers, byte[] body)
    {
        var delivery = webhooks.UpdateConferenceEvents.Receive(new WebhookRequest("POST", url, headers, body));
        if (!delivery.IsVerified)
        {
            return "refused: " + delivery.Verification.Failure;
        }

        return delivery.Payload.Payload switch
        {
            ConferenceEvent conference => "conference " + conference.ConferenceId + " " + conference.Status,
            ConferenceMemberEvent member => "member " + member.MemberId + " " + member.State,
            _ => "an event this spec does not document: " + delivery.Payload.Type,
        };
    }
}
