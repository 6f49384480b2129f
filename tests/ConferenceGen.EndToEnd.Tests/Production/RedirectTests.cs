using System;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Production;

namespace ConferenceGen.EndToEnd.Tests.Production;

/// <summary>
/// Redirects are followed, but a request that leaves its origin leaves its credentials behind: the API key in a
/// header of its own, Authorization and Cookie, none of which the platform's handler drops all of. Linked into
/// ConferenceGen.EndToEnd.NetStandard.Tests too.
/// </summary>
public sealed class RedirectTests
{
    [Fact]
    public async Task A_registered_client_follows_a_redirect_to_another_host_without_the_api_key()
    {
        await using var storage = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"sid":"RE1"}"""));
        await using var api = new LoopbackHttpServer(Redirect(302, new Uri(storage.BaseAddress, "/signed/RE1?token=t").AbsoluteUri));
        await using var provider = ProductionClients.Registered(api);

        var recording = await provider.GetRequiredService<ProductionClient>().GetRecordingAsync("RE1");

        Assert.Equal(ProductionClients.HeaderKey, api.SingleRequest().Header("X-Api-Key"));
        var followed = storage.SingleRequest();
        Assert.Equal("/signed/RE1?token=t", followed.Target);
        Assert.Null(followed.Header("X-Api-Key"));
        Assert.Equal("application/json", followed.Header("Accept"));
        Assert.NotNull(followed.Header("User-Agent"));
        Assert.Equal("RE1", recording.Sid);
    }

    [Fact]
    public async Task A_redirect_within_the_origin_keeps_the_api_key()
    {
        var first = true;
        await using var api = new LoopbackHttpServer(_ => first && !(first = false)
            ? Redirect(307, "/recordings/RE2")
            : ScriptedResponse.Json(200, """{"sid":"RE2"}"""));
        await using var provider = ProductionClients.Registered(api);

        await provider.GetRequiredService<ProductionClient>().GetRecordingAsync("RE1");

        Assert.Collection(api.Requests,
            request => Assert.Equal(("/recordings/RE1", ProductionClients.HeaderKey), (request.Target, request.Header("X-Api-Key"))),
            request => Assert.Equal(("/recordings/RE2", ProductionClients.HeaderKey), (request.Target, request.Header("X-Api-Key"))));
    }

    [Fact]
    public async Task A_primary_handler_told_not_to_follow_redirects_hands_the_redirect_to_the_caller()
    {
        await using var api = new LoopbackHttpServer(Redirect(302, "https://storage.example.com/signed/RE1"));
        var services = new ServiceCollection();
        Action<ProductionClientOptions> configure = options => ProductionClients.Configure(options, api);

        services.AddProductionClient(configure).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false });

        await using var provider = services.BuildServiceProvider();
        var error = await Assert.ThrowsAsync<ApiException>(() => provider.GetRequiredService<ProductionClient>().GetRecordingAsync("RE1"));
        Assert.Equal(302, error.StatusCode);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task An_http_client_of_your_own_gets_the_same_rule_from_SafeRedirectHandler()
    {
        await using var storage = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"sid":"RE1"}"""));
        await using var api = new LoopbackHttpServer(Redirect(303, new Uri(storage.BaseAddress, "/signed/RE1").AbsoluteUri));
        using var http = new HttpClient(new SafeRedirectHandler(new HttpClientHandler { AllowAutoRedirect = false }));
        var options = new ProductionClientOptions();
        ProductionClients.Configure(options, api);
        var production = new ProductionClient(http, options);

        await production.GetRecordingAsync("RE1");

        Assert.Equal(ProductionClients.HeaderKey, api.SingleRequest().Header("X-Api-Key"));
        Assert.Null(storage.SingleRequest().Header("X-Api-Key"));
        Assert.Null(storage.SingleRequest().Header("Authorization"));
    }

    private static ScriptedResponse Redirect(int status, string location) =>
        new() { Status = status, Reason = "Redirect", Headers = { new("Location", location) } };
}
