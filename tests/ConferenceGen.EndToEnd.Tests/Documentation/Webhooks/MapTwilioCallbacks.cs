using System.Threading.Tasks;
using ConferenceGen.AspNetCore;
using ConferenceGen.Runtime.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.Documentation.Webhooks;

public static class MapTwilioCallbacks
{
    public static void Map(WebApplication app, string authToken, string secondaryAuthToken)
    {
        // Both tokens are accepted while the secondary one is being promoted.
        var webhooks = new TwilioWebhooks(new TwilioSignatureVerifier(authToken, secondaryAuthToken));

        app.MapWebhook("/twilio/conference-status", webhooks.ConferenceStatus, (delivery, context) =>
        {
            if (!delivery.HasPayload)
            {
                // Signed by Twilio, but not the documented shape: delivery.Error says why, delivery.Request.Body is the raw body.
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }

            ConferenceStatusCallback status = delivery.Payload;
            if (status.StatusCallbackEvent == ConferenceStatusCallbackStatusCallbackEvent.ConferenceEnd)
            {
                // status.ConferenceSid, status.ReasonConferenceEnded, ...
            }

            return Task.CompletedTask;
        });
    }
}
