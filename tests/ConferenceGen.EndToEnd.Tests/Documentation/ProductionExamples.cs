using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.DependencyInjection;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Production;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.Documentation;

/// <summary>
/// The calls of docs/production.md's examples, run against a server on 127.0.0.1 (the page's examples themselves are
/// compiled as the page shows them by ExampleCompilationTests in the generator tests).
/// </summary>
public sealed class ProductionExamples
{
    [Fact]
    public async Task Dependency_injection_registers_a_typed_client_with_validated_options()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"sid":"CF1","status":"completed"}"""));
        var (accountSid, authToken, conferenceSid) = ("AC1", "token", "CF1");
        var services = new ServiceCollection();

        services.AddTwilioClient(options =>
        {
            options.AccountSidAuthToken = new BasicCredentials(accountSid, authToken);
            options.BaseAddress = server.BaseAddress; // only to send somewhere else than the spec's server
        })
        .AddConferenceGenLogging();

        await using var provider = services.BuildServiceProvider();
        var twilio = provider.GetRequiredService<TwilioClient>();
        Conference conference = await twilio.UpdateConferenceAsync(accountSid, conferenceSid,
            new UpdateConferenceRequest { Status = "completed" });

        Assert.Equal(ConferenceStatus.Completed, conference.Status);
        Assert.Equal("Status=completed", server.SingleRequest().BodyText);
    }

    [Fact]
    public async Task A_token_provider_supplies_a_fresh_token_for_each_request()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"calls":[]}"""));
        var tokens = new TokenSource();
        using var http = new HttpClient();

        var production = new ProductionClient(http, new ProductionClientOptions
        {
            Bearer = new BearerTokenCredentials(async cancellationToken => await tokens.GetTokenAsync(cancellationToken)),
            BaseAddress = server.BaseAddress,
        });
        await production.ListCallsAsync();

        Assert.Equal("Bearer token-1", server.SingleRequest().Header("Authorization"));
    }

    [Fact]
    public async Task Resilience_can_be_told_that_a_post_is_safe_to_repeat()
    {
        var attempts = 0;
        await using var server = new LoopbackHttpServer(_ => ++attempts == 1
            ? new ScriptedResponse { Status = 503, Reason = "Service Unavailable", Headers = { new("Retry-After", "0") } }
            : ScriptedResponse.Json(201, """{"sid":"CA1"}""", "Created"));
        var services = new ServiceCollection();
        var token = "token";

        services.AddProductionClient(options => options.Bearer = new BearerTokenCredentials(token), addStandardResilience: false)
            .AddConferenceGenResilience(retryUnsafeRequests: true, configure: resilience => resilience.Retry.MaxRetryAttempts = 5);

        services.Configure<ProductionClientOptions>(options => options.BaseAddress = server.BaseAddress);
        await using var provider = services.BuildServiceProvider();
        var call = await provider.GetRequiredService<ProductionClient>().CreateCallAsync(new CreateCallRequest { To = "+15551234567" });

        Assert.Equal("CA1", call.Sid);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Errors_carry_the_status_the_raw_body_and_the_documented_error()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(404, """{"code":20404,"message":"The requested resource was not found","status":404}""", "Not Found"));
        using var http = new HttpClient();
        var production = new ProductionClient(http, new ProductionClientOptions { Bearer = new BearerTokenCredentials("token"), BaseAddress = server.BaseAddress });
        string message;

        try
        {
            await production.ListCallsAsync();
            message = "no error";
        }
        catch (ApiException<Error> e)
        {
            message = $"{e.StatusCode}: {e.Error.Code} {e.Error.Message}";
        }
        catch (ApiException e)
        {
            message = $"{e.StatusCode}: {e.ResponseBody}";
        }

        Assert.Equal("404: 20404 The requested resource was not found", message);
    }

    [Fact]
    public async Task Paging_reads_every_item_of_every_page()
    {
        await using var server = new LoopbackHttpServer(request => request.Query.Contains("Page=1", StringComparison.Ordinal)
            ? ScriptedResponse.Json(200, """{"calls":[{"sid":"CA3"}],"next_page_uri":null}""")
            : ScriptedResponse.Json(200, """{"calls":[{"sid":"CA1"},{"sid":"CA2"}],"next_page_uri":"/calls?PageSize=2&Page=1"}"""));
        using var http = new HttpClient();
        var production = new ProductionClient(http, new ProductionClientOptions { Bearer = new BearerTokenCredentials("token"), BaseAddress = server.BaseAddress });
        var sids = new List<string?>();

        await foreach (var call in production.ListCallsItemsAsync(pageSize: 2))
        {
            sids.Add(call.Sid);
        }

        Assert.Equal(["CA1", "CA2", "CA3"], sids);
    }

    /// <summary>Stands for an OAuth 2 token cache.</summary>
    private sealed class TokenSource
    {
        private int _issued;

        public Task<string> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult("token-" + Interlocked.Increment(ref _issued));
    }
}
