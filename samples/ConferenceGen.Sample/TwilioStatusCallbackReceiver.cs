using System;
using System.Linq;
using System.Threading.Tasks;
using ConferenceGen.AspNetCore;
using ConferenceGen.Runtime.Webhooks;
using ConferenceGen.Sample.Twilio;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConferenceGen.Sample;

/// <summary>
/// Your application's side of Twilio's conference status callbacks: an ASP.NET Core endpoint on 127.0.0.1 that
/// checks X-Twilio-Signature with the auth token and hands over the typed payload.
/// </summary>
internal sealed class TwilioStatusCallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource<WebhookDelivery<ConferenceStatusCallback>> _received = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TwilioStatusCallbackReceiver(string authToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();

        var webhooks = new TwilioWebhooks(authToken); // WebhookSignature="Twilio": X-Twilio-Signature with this token
        _app.MapWebhook("/twilio/conference-status", webhooks.ConferenceStatus, (delivery, _) =>
        {
            _received.TrySetResult(delivery);
            return Task.CompletedTask;
        });
    }

    /// <summary>The URL to give Twilio as the conference's StatusCallback.</summary>
    public Uri StatusCallbackUrl { get; private set; } = null!;

    public static async Task<TwilioStatusCallbackReceiver> StartAsync(string authToken)
    {
        var receiver = new TwilioStatusCallbackReceiver(authToken);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.StatusCallbackUrl = new Uri(new Uri(address), "/twilio/conference-status");
        return receiver;
    }

    /// <summary>The first verified callback (a forged one is answered 403 and never gets here).</summary>
    public Task<WebhookDelivery<ConferenceStatusCallback>> NextAsync() => _received.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
