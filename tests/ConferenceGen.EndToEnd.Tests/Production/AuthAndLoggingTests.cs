using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Runtime.DependencyInjection;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Production;

namespace ConferenceGen.EndToEnd.Tests.Production;

/// <summary>Security schemes per operation, token providers, and logs that never show a secret.</summary>
public sealed class AuthAndLoggingTests
{
    [Fact]
    public async Task A_token_provider_is_asked_for_each_request()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"calls":[]}"""));
        using var http = new HttpClient();
        var issued = 0;
        var client = new ProductionClient(http, new ProductionClientOptions
        {
            BaseAddress = server.BaseAddress,
            Bearer = new BearerTokenCredentials(_ => ValueTask.FromResult("token-" + Interlocked.Increment(ref issued))),
        });

        await client.ListCallsAsync();
        await client.ListCallsAsync();

        Assert.Equal(new[] { "Bearer token-1", "Bearer token-2" }, server.Requests.Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task Each_operation_uses_its_own_security_scheme()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"ok":true}"""));
        using var http = new HttpClient();
        var client = new ProductionClient(http, new ProductionClientOptions
        {
            BaseAddress = server.BaseAddress,
            Bearer = new BearerTokenCredentials("bearer-secret"),
            ApiKey = new ApiKeyCredentials("key secret"),
        });

        await client.GetStatusAsync();

        var request = server.SingleRequest();
        Assert.Equal("/status?api_key=key%20secret", request.Target);
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task Credentials_are_not_sent_over_plain_http_to_another_host()
    {
        using var http = new HttpClient();
        var client = new ProductionClient(http, new ProductionClientOptions
        {
            BaseAddress = new Uri("http://api.example.com/v1"),
            Bearer = new BearerTokenCredentials("bearer-secret"),
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.ListCallsAsync());

        Assert.Contains("plain http", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bearer-secret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_show_method_path_and_status_but_never_credentials_or_the_query()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"ok":true}"""));
        var logger = new CapturingLogger();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(logger);
        services.AddProductionClient(options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.Bearer = new BearerTokenCredentials("bearer-secret");
            options.ApiKey = new ApiKeyCredentials("query-secret");
        }).AddConferenceGenLogging("X-Custom-Secret");
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ProductionClient>();

        await client.ListCallsAsync();
        await client.GetStatusAsync();

        var log = string.Join("\n", logger.Lines);
        Assert.Contains("HTTP GET " + server.BaseAddress + "calls answered 200", log, StringComparison.Ordinal);
        Assert.Contains("Authorization: [redacted]", log, StringComparison.Ordinal);
        Assert.DoesNotContain("bearer-secret", log, StringComparison.Ordinal);
        Assert.DoesNotContain("query-secret", log, StringComparison.Ordinal);
        Assert.DoesNotContain("api_key", log, StringComparison.Ordinal);
    }
}
