using System;
using System.Threading.Tasks;
using ConferenceGen.AspNetCore;
using ConferenceGen.Runtime.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.Documentation.Webhooks;

public static class MapBehindProxy
{
    public static void WithForwardedHeaders(WebApplication app, TwilioWebhooks webhooks)
    {
        // The proxy sends X-Forwarded-Proto and X-Forwarded-Host; the endpoint then sees the URL Twilio called.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost });
        app.MapWebhook("/twilio/conference-status", webhooks.ConferenceStatus, (delivery, context) => Task.CompletedTask);
    }

    public static void WithPublicBaseUrl(WebApplication app, TwilioWebhooks webhooks)
    {
        // Twilio calls https://example.com/hooks/twilio/conference-status; the proxy forwards /twilio/conference-status.
        var options = new WebhookEndpointOptions { PublicBaseUrl = new Uri("https://example.com/hooks") };
        app.MapWebhook("/twilio/conference-status", webhooks.ConferenceStatus, (delivery, context) => Task.CompletedTask, options);
    }
}
