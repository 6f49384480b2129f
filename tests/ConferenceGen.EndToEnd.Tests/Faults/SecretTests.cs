using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ConferenceGen.EndToEnd.Tests.Production;
using ConferenceGen.Runtime.DependencyInjection;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Production;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.Faults;

/// <summary>
/// Secrets go on the wire and nowhere else: not into exception messages or stack dumps, not into
/// <c>ToString()</c> of credentials or options, not into logs, whatever goes wrong.
/// </summary>
public sealed class SecretTests
{
    private const string AuthToken = "twilio-auth-token-3f9a";
    private const string BearerToken = "bearer-token-81c2";
    private const string ApiKey = "api-key-5d07";

    // Every form a secret could leak in: as given, Base64 in a Basic header, percent-encoded in a query.
    private static readonly string[] Forms =
    [
        AuthToken, BearerToken, ApiKey,
        Convert.ToBase64String(Encoding.UTF8.GetBytes("AC1:" + AuthToken)),
        Uri.EscapeDataString(ApiKey),
    ];

    public static TheoryData<string> Failures => new() { "error-reply", "html-reply", "unreadable-reply", "cut-short", "timeout", "refused" };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task No_failure_shows_a_secret_in_its_exception_or_the_log(string failure)
    {
        var logger = new CapturingLogger();
        var (server, timeout) = Serve(failure);
        await using var _ = server;
        var baseAddress = server?.BaseAddress ?? new Uri("http://127.0.0.1:9");
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(logger);
        services.AddTwilioClient(o => { o.BaseAddress = baseAddress; o.AccountSidAuthToken = new BasicCredentials("AC1", AuthToken); }, addStandardResilience: false)
            .ConfigureHttpClient(http => http.Timeout = timeout).AddConferenceGenLogging();
        services.AddProductionClient(o => { o.BaseAddress = baseAddress; o.Bearer = new BearerTokenCredentials(BearerToken); o.ApiKey = new ApiKeyCredentials(ApiKey); }, addStandardResilience: false)
            .ConfigureHttpClient(http => http.Timeout = timeout).AddConferenceGenLogging();
        await using var provider = services.BuildServiceProvider();
        var twilio = provider.GetRequiredService<TwilioClient>();
        var production = provider.GetRequiredService<ProductionClient>();

        var errors = new List<Exception>
        {
            await Assert.ThrowsAnyAsync<Exception>(() => twilio.UpdateConferenceAsync("AC1", "CF1", new UpdateConferenceRequest { Status = "completed" })),
            await Assert.ThrowsAnyAsync<Exception>(() => production.ListCallsAsync()),
            await Assert.ThrowsAnyAsync<Exception>(() => production.GetStatusAsync()),
        };

        var seen = string.Join("\n", errors.ConvertAll(e => e.ToString())) + "\n" + string.Join("\n", logger.Lines);
        foreach (var secret in Forms)
        {
            Assert.DoesNotContain(secret, seen, StringComparison.Ordinal);
        }

        if (server is not null)
        {
            // The secrets did go where the spec puts them.
            Assert.Contains(server.Requests, r => r.Header("Authorization") == "Basic " + Forms[3]);
            Assert.Contains(server.Requests, r => r.Header("Authorization") == "Bearer " + BearerToken);
            Assert.Contains(server.Requests, r => r.Query == "api_key=" + ApiKey);
        }
    }

    [Fact]
    public void Credentials_and_options_never_print_their_secrets()
    {
        var options = new TwilioClientOptions { AccountSidAuthToken = new BasicCredentials("AC1", AuthToken) };
        var production = new ProductionClientOptions { Bearer = new BearerTokenCredentials(BearerToken), ApiKey = new ApiKeyCredentials(ApiKey) };

        var printed = string.Join("\n", options, options.AccountSidAuthToken, production, production.Bearer, production.ApiKey);

        foreach (var secret in Forms)
        {
            Assert.DoesNotContain(secret, printed, StringComparison.Ordinal);
        }
    }

    private static (LoopbackHttpServer? Server, TimeSpan Timeout) Serve(string failure) => failure switch
    {
        "error-reply" => (new LoopbackHttpServer(ScriptedResponse.Json(401, """{"code":20003,"message":"Authenticate"}""", "Unauthorized")), TimeSpan.FromSeconds(10)),
        "html-reply" => (new LoopbackHttpServer(ScriptedResponse.Text(503, "text/html", "<h1>down</h1>", "Service Unavailable")), TimeSpan.FromSeconds(10)),
        "unreadable-reply" => (new LoopbackHttpServer(ScriptedResponse.Text(200, "application/json", "{\"sid\":")), TimeSpan.FromSeconds(10)),
        "cut-short" => (new LoopbackHttpServer(new ScriptedResponse { Body = Encoding.UTF8.GetBytes("{\"sid\":\"CF1\"}"), CloseAfterBodyBytes = 3 }), TimeSpan.FromSeconds(10)),
        // Long enough for the request to reach the server on a loaded machine (the test checks it arrived), far
        // shorter than the server's delay.
        "timeout" => (new LoopbackHttpServer(new ScriptedResponse { Delay = TimeSpan.FromSeconds(30) }), TimeSpan.FromMilliseconds(1500)),
        _ => (null, TimeSpan.FromSeconds(10)),
    };
}
