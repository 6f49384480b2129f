using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ConferenceGen.EndToEnd.Tests.Production;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Production;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.ClientSurface;

/// <summary>
/// What one call can say without a client of its own: headers, a shorter timeout, "this POST may be retried", and a
/// tenant's credentials or base address; each reaches the wire (and the resilience pipeline) on a socket, and leaves
/// the client it was made from as it was.
/// </summary>
public sealed class CallOptionsTests
{
    [Fact]
    public async Task A_call_sends_headers_of_its_own_and_the_client_stays_as_it_was()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"sid":"CF1"}"""));
        ITwilioClient twilio = Twilio(server);
        var call = new ApiCallOptions { Headers = { ["Idempotency-Key"] = "k-42", ["User-Agent"] = "Tenant/7" } };

        await twilio.With(call).UpdateConferenceAsync("AC1", "CF1");
        await twilio.UpdateConferenceAsync("AC1", "CF1");

        var (first, second) = (server.Requests.First(), server.Requests.Last());
        Assert.Equal("k-42", first.Header("Idempotency-Key"));
        Assert.Equal("Tenant/7", first.Header("User-Agent"));
        Assert.Null(second.Header("Idempotency-Key"));
        Assert.Equal(ApiClientOptions.DefaultUserAgent, second.Header("User-Agent"));
    }

    [Fact]
    public async Task A_header_value_that_would_end_its_header_is_refused_when_the_view_is_made()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"sid":"CF1"}"""));
        ITwilioClient twilio = Twilio(server);

        var error = Assert.Throws<ArgumentException>(() => twilio.With(new ApiCallOptions { Headers = { ["X-Trace"] = "v\r\nX-Injected: 1" } }));

        Assert.Equal("Headers", error.ParamName);
        Assert.DoesNotContain("X-Injected", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_shorter_timeout_ends_the_call_as_HttpClient_s_own_timeout_does()
    {
        await using var server = new LoopbackHttpServer(new ScriptedResponse { Delay = TimeSpan.FromSeconds(20) });
        ITwilioClient twilio = Twilio(server);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => twilio.With(new ApiCallOptions { Timeout = TimeSpan.FromMilliseconds(1500) }).UpdateConferenceAsync("AC1", "CF1"));

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Contains("the call's Timeout (1.5 s)", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_timeout_also_bounds_a_body_that_stalls_after_the_headers()
    {
        await using var server = new LoopbackHttpServer(new ScriptedResponse
        {
            Headers = { new("Content-Type", "application/json") },
            Body = Encoding.UTF8.GetBytes("""{"sid":"CF1"}"""),
            PauseAfterBodyBytes = 3,
            Pause = TimeSpan.FromSeconds(20),
        });
        ITwilioClient twilio = Twilio(server);

        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => twilio.With(new ApiCallOptions { Timeout = TimeSpan.FromMilliseconds(1500) }).UpdateConferenceAsync("AC1", "CF1"));

        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task A_post_is_retried_by_the_pipeline_only_when_the_call_says_it_is_safe_to_repeat()
    {
        var attempts = 0;
        await using var server = new LoopbackHttpServer(_ => ++attempts <= 2
            ? new ScriptedResponse { Status = 503, Reason = "Service Unavailable", Headers = { new("Retry-After", "0") } }
            : ScriptedResponse.Json(201, """{"sid":"CA1"}""", "Created"));
        await using var provider = ProductionClients.Registered(server);
        var client = provider.GetRequiredService<IProductionClient>();

        var refused = await Assert.ThrowsAsync<ApiException>(() => client.CreateCallAsync(new CreateCallRequest { To = "+15551234567" }));
        var created = await client.With(new ApiCallOptions { RetryUnsafeRequest = true, Headers = { ["Idempotency-Key"] = "k-1" } })
            .CreateCallAsync(new CreateCallRequest { To = "+15551234567" });

        Assert.Equal(503, refused.StatusCode);
        Assert.Equal("CA1", created.Sid);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(new[] { null, "k-1", "k-1" }, server.Requests.Select(r => r.Header("Idempotency-Key")));
        Assert.All(server.Requests.Skip(1), r => Assert.Equal("To=%2B15551234567", r.BodyText));
    }

    [Fact]
    public async Task A_tenant_s_credentials_and_base_address_go_with_its_calls_only()
    {
        await using var main = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"sid":"CF1"}"""));
        await using var tenantServer = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"sid":"CF2"}"""));
        ITwilioClient twilio = Twilio(main);

        var subaccount = twilio.With(o => o.AccountSidAuthToken = new BasicCredentials("AC2", "sub-token"));
        var elsewhere = subaccount.With(o => o.BaseAddress = tenantServer.BaseAddress);
        await subaccount.UpdateConferenceAsync("AC2", "CF2");
        await elsewhere.UpdateConferenceAsync("AC2", "CF2");
        await twilio.UpdateConferenceAsync("AC1", "CF1");

        Assert.Equal(new[] { Basic("AC2", "sub-token"), Basic("AC1", "token") }, main.Requests.Select(r => r.Header("Authorization")));
        Assert.Equal(Basic("AC2", "sub-token"), tenantServer.SingleRequest().Header("Authorization"));
    }

    [Fact]
    public async Task Options_a_view_cannot_use_are_refused_with_what_to_set()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"sid":"CF1"}"""));
        ITwilioClient twilio = Twilio(server);

        var error = Assert.Throws<ArgumentException>(() => twilio.With(o => o.BaseAddress = new Uri("/relative", UriKind.Relative)));

        Assert.Contains("BaseAddress must be an absolute URI", error.Message, StringComparison.Ordinal);
    }

    private static string Basic(string user, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));

    private static TwilioClient Twilio(LoopbackHttpServer server) =>
        new(new HttpClient(), new TwilioClientOptions { BaseAddress = server.BaseAddress, AccountSidAuthToken = new BasicCredentials("AC1", "token") });
}
