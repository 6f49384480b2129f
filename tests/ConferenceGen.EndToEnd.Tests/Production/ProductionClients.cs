using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Production;

namespace ConferenceGen.EndToEnd.Tests.Production;

/// <summary>The production spec's client, with every credential it takes, sending to a server on 127.0.0.1.</summary>
internal static class ProductionClients
{
    public const string BearerToken = "token-1";
    public const string HeaderKey = "key-that-stays-home";

    public static void Configure(ProductionClientOptions options, LoopbackHttpServer server)
    {
        options.BaseAddress = server.BaseAddress;
        options.Bearer = new BearerTokenCredentials(BearerToken);
        options.KeyHeader = new ApiKeyCredentials(HeaderKey);
    }

    /// <summary>Registered as an application registers it: dependency injection and the default resilience.</summary>
    public static ServiceProvider Registered(LoopbackHttpServer server)
    {
        var services = new ServiceCollection();
        services.AddProductionClient(options => Configure(options, server));
        return services.BuildServiceProvider();
    }
}
