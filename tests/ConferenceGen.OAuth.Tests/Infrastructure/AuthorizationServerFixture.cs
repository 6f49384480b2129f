using System;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.OAuth.Tests.Infrastructure;

/// <summary>One authorization server for a test class; each test registers clients of its own, so counts stay apart.</summary>
public sealed class AuthorizationServerFixture : IAsyncLifetime
{
    private static int _clients;

    public AuthorizationServer Server { get; private set; } = null!;

    /// <summary>A client id no other test uses.</summary>
    public static string NewClientId() => "client-" + Interlocked.Increment(ref _clients);

    public async Task InitializeAsync() => Server = await AuthorizationServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
