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

/// <summary>The default resilience retries idempotent requests on transient failures and never retries a POST.</summary>
public sealed class ResilienceTests
{
    [Fact]
    public async Task A_get_is_retried_after_a_503_as_retry_after_says()
    {
        var attempts = 0;
        await using var server = new LoopbackHttpServer(_ => ++attempts == 1
            ? new ScriptedResponse { Status = 503, Reason = "Service Unavailable", Headers = { new("Retry-After", "0") } }
            : ScriptedResponse.Json(200, """{"calls":[],"next_page_uri":null}"""));
        await using var provider = Provider(server);

        await provider.GetRequiredService<ProductionClient>().ListCallsAsync();

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_post_is_not_retried()
    {
        await using var server = new LoopbackHttpServer(new ScriptedResponse { Status = 503, Reason = "Service Unavailable", Headers = { new("Retry-After", "0") } });
        await using var provider = Provider(server);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => provider.GetRequiredService<ProductionClient>().CreateCallAsync(new CreateCallRequest { To = "+15551234567" }));

        Assert.Equal(503, error.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(404, """{"code":20404,"message":"Not found","status":404}""", "Not Found"));
        await using var provider = Provider(server);

        var error = await Assert.ThrowsAsync<ApiException<Error>>(() => provider.GetRequiredService<ProductionClient>().ListCallsAsync());

        Assert.Equal(20404, error.Error.Code);
        Assert.Single(server.Requests);
    }

    private static ServiceProvider Provider(LoopbackHttpServer server)
    {
        var services = new ServiceCollection();
        services.AddProductionClient(options => Configure(options, server));
        return services.BuildServiceProvider();
    }

    private static void Configure(ProductionClientOptions options, LoopbackHttpServer server)
    {
        options.BaseAddress = server.BaseAddress;
        options.Bearer = new BearerTokenCredentials("token-1");
    }
}
