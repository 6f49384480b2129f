using System;
using System.Linq;
using System.Threading.Tasks;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using ConferenceGen.Runtime.DependencyInjection;
using Production;

namespace ConferenceGen.EndToEnd.Tests.Production;

/// <summary>
/// The default resilience retries idempotent requests on transient failures and never retries a POST. Linked into
/// ConferenceGen.EndToEnd.NetStandard.Tests too: the netstandard2.0 runtime builds the same pipeline from Polly.Core.
/// </summary>
public sealed class ResilienceTests
{
    [Fact]
    public async Task A_get_is_retried_after_a_503_as_retry_after_says()
    {
        var attempts = 0;
        await using var server = new LoopbackHttpServer(_ => ++attempts == 1
            ? new ScriptedResponse { Status = 503, Reason = "Service Unavailable", Headers = { new("Retry-After", "0") } }
            : ScriptedResponse.Json(200, """{"calls":[],"next_page_uri":null}"""));
        await using var provider = ProductionClients.Registered(server);

        await provider.GetRequiredService<ProductionClient>().ListCallsAsync();

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_retry_after_date_that_has_passed_means_retry_now()
    {
        var attempts = 0;
        var passed = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        await using var server = new LoopbackHttpServer(_ => ++attempts == 1
            ? new ScriptedResponse { Status = 429, Reason = "Too Many Requests", Headers = { new("Retry-After", passed) } }
            : ScriptedResponse.Json(200, """{"calls":[],"next_page_uri":null}"""));
        await using var provider = ProductionClients.Registered(server);

        await provider.GetRequiredService<ProductionClient>().ListCallsAsync();

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_post_is_not_retried()
    {
        await using var server = new LoopbackHttpServer(new ScriptedResponse { Status = 503, Reason = "Service Unavailable", Headers = { new("Retry-After", "0") } });
        await using var provider = ProductionClients.Registered(server);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => provider.GetRequiredService<ProductionClient>().CreateCallAsync(new CreateCallRequest { To = "+15551234567" }));

        Assert.Equal(503, error.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(404, """{"code":20404,"message":"Not found","status":404}""", "Not Found"));
        await using var provider = ProductionClients.Registered(server);

        var error = await Assert.ThrowsAsync<ApiException<Error>>(() => provider.GetRequiredService<ProductionClient>().ListCallsAsync());

        Assert.Equal(20404, error.Error.Code);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_post_is_retried_when_the_api_says_it_is_safe_to_repeat()
    {
        var attempts = 0;
        await using var server = new LoopbackHttpServer(_ => ++attempts == 1
            ? new ScriptedResponse { Status = 503, Reason = "Service Unavailable", Headers = { new("Retry-After", "0") } }
            : ScriptedResponse.Json(201, """{"sid":"CA1"}""", "Created"));
        var services = new ServiceCollection();
        services.AddProductionClient(options => ProductionClients.Configure(options, server), addStandardResilience: false)
            .AddConferenceGenResilience(retryUnsafeRequests: true);
        await using var provider = services.BuildServiceProvider();

        var call = await provider.GetRequiredService<ProductionClient>().CreateCallAsync(new CreateCallRequest { To = "+15551234567" });

        Assert.Equal("CA1", call.Sid);
        Assert.Equal(2, server.Requests.Count);
        Assert.Single(server.Requests.Select(request => request.BodyText).Distinct());
    }

    [Fact]
    public async Task A_get_that_keeps_failing_is_tried_four_times_and_the_last_reply_is_the_error()
    {
        await using var server = new LoopbackHttpServer(new ScriptedResponse { Status = 502, Reason = "Bad Gateway", Headers = { new("Retry-After", "0") } });
        await using var provider = ProductionClients.Registered(server);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => provider.GetRequiredService<ProductionClient>().ListCallsAsync());

        Assert.Equal(502, error.StatusCode);
        Assert.Equal(4, server.Requests.Count);
    }
}
