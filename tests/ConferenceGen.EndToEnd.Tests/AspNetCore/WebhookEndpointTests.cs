using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using ConferenceGen.AspNetCore;
using ConferenceGen.Ed25519;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Runtime.UrlEncoding;
using ConferenceGen.Runtime.Webhooks;
using Microsoft.AspNetCore.Http;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace ConferenceGen.EndToEnd.Tests.AspNetCore;

/// <summary>
/// ConferenceGen.AspNetCore's MapWebhook on a real Kestrel host: signed vendor callbacks reach the handler typed;
/// tampered, unsigned or replayed ones are answered 403 without detail and never reach it; the URL the vendor signed is
/// rebuilt behind a proxy (forwarded headers, or a configured public base URL); a body of another shape reaches the
/// handler as a typed error with the raw body.
/// </summary>
public sealed class WebhookEndpointTests
{
    private const string AuthToken = "twilio-auth-token";

    private static readonly List<KeyValuePair<string, string>> ConferenceEnd = new()
    {
        new("AccountSid", "AC0123456789abcdef0123456789abcdef"),
        new("ConferenceSid", "CF0123456789abcdef0123456789abcdef"),
        new("FriendlyName", "Salle été"),
        new("StatusCallbackEvent", "conference-end"),
        new("SequenceNumber", "4"),
        new("Timestamp", "Mon, 07 Dec 2026 12:00:00 +0000"),
        new("ReasonConferenceEnded", "conference-ended-via-api"),
    };

    [Fact]
    public async Task A_signed_Twilio_callback_reaches_the_handler_typed_and_is_answered_204()
    {
        var received = new ConcurrentQueue<Vendors.Twilio.ConferenceStatusCallback>();
        var webhooks = new Vendors.Twilio.TwilioWebhooks(new TwilioSignatureVerifier(AuthToken));
        await using var host = await KestrelWebhookHost.StartAsync(app => app.MapWebhook("/twilio/conference", webhooks.ConferenceStatus, (delivery, _) =>
        {
            received.Enqueue(delivery.Payload);
            return Task.CompletedTask;
        }));

        using var reply = await host.Http.SendAsync(TwilioForm(new Uri(host.Address, "/twilio/conference").ToString(), ConferenceEnd));

        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        var payload = Assert.Single(received);
        Assert.Equal("CF0123456789abcdef0123456789abcdef", payload.ConferenceSid);
        Assert.Equal(Vendors.Twilio.ConferenceStatusCallbackStatusCallbackEvent.ConferenceEnd, payload.StatusCallbackEvent);
        Assert.Equal("Salle été", payload.FriendlyName);
        Assert.Equal(4, payload.SequenceNumber);
    }

    [Fact]
    public async Task A_tampered_or_unsigned_callback_is_answered_403_with_no_body_and_never_reaches_the_handler()
    {
        var calls = 0;
        var webhooks = new Vendors.Twilio.TwilioWebhooks(new TwilioSignatureVerifier(AuthToken));
        await using var host = await KestrelWebhookHost.StartAsync(app => app.MapWebhook("/twilio/conference", webhooks.ConferenceStatus, (_, _) =>
        {
            calls++;
            return Task.CompletedTask;
        }));
        var url = new Uri(host.Address, "/twilio/conference").ToString();

        var tampered = TwilioForm(url, ConferenceEnd);
        tampered.Content = FormBody(ConferenceEnd, ("StatusCallbackEvent", "participant-join"));
        using var tamperedReply = await host.Http.SendAsync(tampered);
        var unsigned = TwilioForm(url, ConferenceEnd);
        unsigned.Headers.Remove(TwilioSignature.HeaderName);
        using var unsignedReply = await host.Http.SendAsync(unsigned);

        Assert.Equal(HttpStatusCode.Forbidden, tamperedReply.StatusCode);
        Assert.Equal(string.Empty, await tamperedReply.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, unsignedReply.StatusCode);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Behind_a_proxy_the_forwarded_scheme_and_host_are_the_url_the_vendor_signed()
    {
        var calls = 0;
        var webhooks = new Vendors.Twilio.TwilioWebhooks(new TwilioSignatureVerifier(AuthToken));
        await using var host = await KestrelWebhookHost.StartAsync(app => app.MapWebhook("/twilio/conference", webhooks.ConferenceStatus, (_, _) =>
        {
            calls++;
            return Task.CompletedTask;
        }), forwardedHeaders: true);

        var request = TwilioForm("https://hooks.example.com/twilio/conference?tenant=acme", ConferenceEnd);
        request.RequestUri = new Uri(host.Address, "/twilio/conference?tenant=acme");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "hooks.example.com");
        using var reply = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Behind_a_proxy_that_strips_a_prefix_the_configured_public_base_url_is_the_url_the_vendor_signed()
    {
        var calls = 0;
        var webhooks = new Vendors.Twilio.TwilioWebhooks(new TwilioSignatureVerifier(AuthToken));
        var options = new WebhookEndpointOptions { PublicBaseUrl = new Uri("https://example.com/hooks") };
        await using var host = await KestrelWebhookHost.StartAsync(app => app.MapWebhook("/twilio/conference", webhooks.ConferenceStatus, (_, _) =>
        {
            calls++;
            return Task.CompletedTask;
        }, options));

        var request = TwilioForm("https://example.com/hooks/twilio/conference", ConferenceEnd);
        request.RequestUri = new Uri(host.Address, "/twilio/conference");
        using var reply = await host.Http.SendAsync(request);
        var direct = TwilioForm(new Uri(host.Address, "/twilio/conference").ToString(), ConferenceEnd);
        using var directReply = await host.Http.SendAsync(direct);

        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, directReply.StatusCode);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task A_body_of_another_shape_reaches_the_handler_as_a_typed_error_with_the_raw_body()
    {
        var errors = new ConcurrentQueue<(WebhookPayloadException? Error, string Body)>();
        var webhooks = new Vendors.Twilio.TwilioWebhooks(new TwilioSignatureVerifier(AuthToken));
        await using var host = await KestrelWebhookHost.StartAsync(app => app.MapWebhook("/twilio/conference", webhooks.ConferenceStatus, (delivery, context) =>
        {
            errors.Enqueue((delivery.Error, Encoding.UTF8.GetString(delivery.Request.Body.Span)));
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }));

        var fields = new List<KeyValuePair<string, string>> { new("ConferenceSid", "CF1"), new("StatusCallbackEvent", "conference-end"), new("SequenceNumber", "four") };
        using var reply = await host.Http.SendAsync(TwilioForm(new Uri(host.Address, "/twilio/conference").ToString(), fields));

        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        var (error, body) = Assert.Single(errors);
        Assert.IsType<WebhookPayloadException>(error);
        Assert.Contains("AccountSid", error!.Message);
        Assert.Equal("ConferenceSid=CF1&StatusCallbackEvent=conference-end&SequenceNumber=four", body);
    }

    [Fact]
    public async Task Only_the_documented_method_is_mapped()
    {
        var webhooks = new Vendors.Twilio.TwilioWebhooks(new TwilioSignatureVerifier(AuthToken));
        await using var host = await KestrelWebhookHost.StartAsync(app => app.MapWebhook("/twilio/conference", webhooks.ConferenceStatus, (_, _) => Task.CompletedTask));

        using var reply = await host.Http.GetAsync("/twilio/conference");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.StatusCode);
    }

    [Fact]
    public async Task Bandwidths_callback_with_the_configured_basic_credentials_is_accepted_and_others_refused()
    {
        var received = new ConcurrentQueue<string>();
        var webhooks = new Vendors.BandwidthVoice.BandwidthVoiceClientWebhooks(new BasicAuthWebhookVerifier(new BasicCredentials("bw-callback", "s3cret")));
        await using var host = await KestrelWebhookHost.StartAsync(app => app.MapWebhook("/bandwidth/redirect", webhooks.ModifyConferenceConferenceRedirect, (delivery, _) =>
        {
            received.Enqueue(delivery.Payload.ConferenceId);
            return Task.CompletedTask;
        }));
        const string Json = "{\"eventType\":\"conferenceRedirect\",\"eventTime\":\"2026-12-07T12:00:00.000Z\",\"conferenceId\":\"conf-1\",\"name\":\"standup\"}";

        using var accepted = await host.Http.SendAsync(BasicJson("/bandwidth/redirect", Json, "bw-callback", "s3cret"));
        using var refused = await host.Http.SendAsync(BasicJson("/bandwidth/redirect", Json, "bw-callback", "guess"));

        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(new[] { "conf-1" }, received);
    }

    [Fact]
    public async Task A_replayed_Ed25519_signed_callback_is_refused_though_its_signature_is_valid()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var key = (Ed25519PrivateKeyParameters)generator.GenerateKeyPair().Private;
        var verifier = new TelnyxSignatureVerifier(Ed25519Verifier.Instance, new[] { Convert.ToBase64String(key.GeneratePublicKey().GetEncoded()) });
        var calls = 0;
        var webhooks = new Vendors.Catapult.CatapultClientWebhooks(verifier);
        await using var host = await KestrelWebhookHost.StartAsync(app => app.MapWebhook("/events", webhooks.UpdateConferenceEvents, (delivery, _) =>
        {
            calls++;
            return Task.CompletedTask;
        }));
        const string Json = "{\"eventType\":\"conference\",\"conferenceId\":\"conf-1\",\"status\":\"completed\"}";

        using var fresh = await host.Http.SendAsync(Ed25519Signed(key, DateTimeOffset.UtcNow, Json));
        using var replayed = await host.Http.SendAsync(Ed25519Signed(key, DateTimeOffset.UtcNow.AddMinutes(-10), Json));

        Assert.Equal(HttpStatusCode.NoContent, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, replayed.StatusCode);
        Assert.Equal(1, calls);
    }

    private static HttpRequestMessage TwilioForm(string signedUrl, List<KeyValuePair<string, string>> fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, signedUrl) { Content = FormBody(fields) };
        request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute(AuthToken, signedUrl, fields));
        return request;
    }

    private static ByteArrayContent FormBody(List<KeyValuePair<string, string>> fields, (string Name, string Value)? replace = null)
    {
        using var form = new FormWriter();
        foreach (var field in fields)
        {
            form.Add(field.Key, replace is { } r && r.Name == field.Key ? r.Value : field.Value);
        }

        var content = new ByteArrayContent(form.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    private static HttpRequestMessage BasicJson(string path, string json, string user, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));
        return request;
    }

    private static HttpRequestMessage Ed25519Signed(Ed25519PrivateKeyParameters key, DateTimeOffset at, string json)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var message = TelnyxSignatureVerifier.SignedMessage(timestamp, Encoding.UTF8.GetBytes(json));
        var signer = new Ed25519Signer();
        signer.Init(true, key);
        signer.BlockUpdate(message, 0, message.Length);
        var request = new HttpRequestMessage(HttpMethod.Post, "/events") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(TelnyxSignatureVerifier.SignatureHeaderName, Convert.ToBase64String(signer.GenerateSignature()));
        request.Headers.Add(TelnyxSignatureVerifier.TimestampHeaderName, timestamp);
        return request;
    }
}
