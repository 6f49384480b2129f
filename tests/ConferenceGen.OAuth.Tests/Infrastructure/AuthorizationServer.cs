using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ConferenceGen.OAuth.Tests.Infrastructure;

/// <summary>
/// A real OAuth 2 authorization server and the API it guards, in one Kestrel host on 127.0.0.1 (a port of its own):
/// OpenIddict's server issues tokens at <c>/connect/token</c> by the client credentials flow (RFC 6749 §4.4), checking
/// client ids and secrets the tests register (its degraded mode, with no database), and OpenIddict's validation checks
/// the bearer token of every API request. HTTPS is not required and the keys are ephemeral: a test server.
/// </summary>
public sealed class AuthorizationServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RegisteredClient> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _tokenRequests = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ApiRequest> _apiRequests = new();
    private readonly ConcurrentDictionary<string, bool> _revoked = new(StringComparer.Ordinal);

    private AuthorizationServer(WebApplication app) => _app = app;

    /// <summary>Where the host listens.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The token endpoint.</summary>
    public Uri TokenUrl => new(BaseAddress, "/connect/token");

    /// <summary>Every API request that passed token validation, in order.</summary>
    public IReadOnlyList<ApiRequest> ApiRequests => _apiRequests.ToArray();

    public static async Task<AuthorizationServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        AuthorizationServer? server = null;

        builder.Services.AddOpenIddict()
            .AddServer(options =>
            {
                options.SetTokenEndpointUris("connect/token");
                options.AllowClientCredentialsFlow();
                // No database: clients are checked by the handler below, scopes are not checked.
                options.EnableDegradedMode();
                options.DisableScopeValidation();
                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                // A token lives as long as its client's registration says; without one it has no expiry (and no expires_in).
                options.SetAccessTokenLifetime(null);
                options.UseAspNetCore().DisableTransportSecurityRequirement();
                options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
                {
                    server!._tokenRequests.AddOrUpdate(context.ClientId ?? "", 1, (_, count) => count + 1);
                    if (context.ClientId is null || !server._clients.TryGetValue(context.ClientId, out var client) || client.Secret != context.ClientSecret)
                    {
                        context.Reject(Errors.InvalidClient, "The client id or secret is not valid.");
                    }

                    return default;
                }));
                options.AddEventHandler<OpenIddictServerEvents.HandleTokenRequestContext>(handler => handler.UseInlineHandler(context =>
                {
                    var client = server!._clients[context.ClientId!];
                    var identity = new ClaimsIdentity("ConferenceGen.OAuth.Tests", Claims.Name, Claims.Role);
                    identity.SetClaim(Claims.Subject, context.ClientId);
                    var principal = new ClaimsPrincipal(identity);
                    principal.SetScopes(context.Request.GetScopes());
                    principal.SetAccessTokenLifetime(client.TokenLifetime);
                    principal.SetDestinations(_ => [Destinations.AccessToken]);
                    context.SignIn(principal);
                    return default;
                }));
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.UseAspNetCore();
            });
        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddAuthorization();

        var app = builder.Build();
        server = new AuthorizationServer(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.Map("/{**path}", (Func<HttpContext, Task<IResult>>)server.AnswerAsync).RequireAuthorization();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address);
        return server;
    }

    /// <summary>Registers a client; its tokens live <paramref name="tokenLifetime"/>, or forever (no <c>expires_in</c>) when null.</summary>
    /// <param name="apiRejectsItsTokens">The API answers 401 to every token of this client (a client the API no longer admits).</param>
    public void Register(string clientId, string secret, TimeSpan? tokenLifetime, bool apiRejectsItsTokens = false) =>
        _clients[clientId] = new RegisteredClient(secret, tokenLifetime, apiRejectsItsTokens);

    /// <summary>How many token requests named <paramref name="clientId"/>, accepted or not.</summary>
    public int TokenRequestsOf(string clientId) => _tokenRequests.TryGetValue(clientId, out var count) ? count : 0;

    /// <summary>The API answers 401 to this token from now on, as to a token revoked before it expired.</summary>
    public void Revoke(string token) => _revoked[token] = true;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // The API: every request reached it with a token OpenIddict validated; it records the request and answers with
    // what the operation documents (the body of Bandwidth's reply is the test's business, not the server's).
    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        var token = context.Request.Headers.Authorization.ToString()["Bearer ".Length..];
        var clientId = context.User.GetClaim(Claims.Subject)!;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _apiRequests.Enqueue(new ApiRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, clientId, token, body));
        if (_revoked.ContainsKey(token) || _clients[clientId].ApiRejectsItsTokens)
        {
            return Results.Unauthorized();
        }

        return context.Request.Method == HttpMethods.Post
            ? Results.Content("""{"id":"1589228074636lm4k2je7j7jklbn2","owner":"+15554443333","applicationId":"93de2206-9669-4e07-948d-329f4b722ee2","time":"2026-05-12T20:14:34.636Z","segmentCount":1,"direction":"out","to":["+15552223333"],"from":"+15554443333","text":"Hello"}""", "application/json", statusCode: 202)
            : Results.Content("""[{"mediaName":"greeting.wav","contentLength":"1024"}]""", "application/json");
    }

    private sealed record RegisteredClient(string Secret, TimeSpan? TokenLifetime, bool ApiRejectsItsTokens);
}

/// <summary>An API request as the API saw it, after the token was validated.</summary>
public sealed record ApiRequest(string Method, string PathAndQuery, string ClientId, string Token, string Body);
