using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using ConferenceGen.EndToEnd.Tests.Production;
using ConferenceGen.OAuth.Tests.Infrastructure;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.DependencyInjection;
using ConferenceGen.Runtime.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vendors.Bandwidth;

namespace ConferenceGen.OAuth.Tests.Bandwidth;

/// <summary>
/// A client generated from Bandwidth's bandwidth.yml, whose operations take its <c>Basic</c> or its <c>OAuth2</c> scheme
/// (client credentials, token URL in the spec), calls the API with OAuth 2 client credentials against a real
/// authorization server: the spec's token URL overridden by the test's server, tokens kept and renewed, one token
/// request for concurrent first calls, a rejected token replaced once, and typed errors that hold no secret.
/// </summary>
public sealed class BandwidthOAuthTests(AuthorizationServerFixture fixture) : IClassFixture<AuthorizationServerFixture>
{
    private const string AccountId = "9900000";
    private const string Secret = "bandwidth-client-secret-7c41";

    private AuthorizationServer Server => fixture.Server;

    [Fact]
    public async Task A_client_of_bandwidth_yml_calls_an_operation_guarded_by_its_OAuth2_scheme()
    {
        var clientId = Register(TimeSpan.FromHours(1));
        using var http = new HttpClient();
        var bandwidth = new BandwidthClient(http, Options(new OAuth2ClientCredentials(clientId, Secret) { TokenUrl = Server.TokenUrl }));

        var media = await bandwidth.ListMediaAsync(AccountId);

        Assert.Equal("greeting.wav", Assert.Single(media).MediaName);
        Assert.Equal(1, Server.TokenRequestsOf(clientId));
        var request = Assert.Single(RequestsOf(clientId));
        Assert.Equal(("GET", "/users/9900000/media"), (request.Method, request.PathAndQuery));
    }

    [Fact]
    public async Task The_spec_token_URL_is_the_default_and_is_Bandwidths_production_endpoint()
    {
        var credentials = new OAuth2ClientCredentials("id", Secret);
        var options = Options(credentials);
        using var http = new HttpClient(new Refusing());
        var bandwidth = new BandwidthClient(http, options);

        var error = await Assert.ThrowsAsync<OAuth2TokenException>(() => bandwidth.ListMediaAsync(AccountId));

        Assert.Equal(new Uri("https://api.bandwidth.com/api/v1/oauth2/token"), error.TokenUrl);
    }

    [Fact]
    public async Task Client_authentication_in_the_request_body_is_accepted_too()
    {
        var clientId = Register(TimeSpan.FromHours(1));
        using var http = new HttpClient();
        var credentials = new OAuth2ClientCredentials(clientId, Secret) { TokenUrl = Server.TokenUrl, ClientAuthentication = OAuth2ClientAuthentication.RequestBody };
        var bandwidth = new BandwidthClient(http, Options(credentials));

        await bandwidth.ListMediaAsync(AccountId);

        Assert.Equal(1, Server.TokenRequestsOf(clientId));
        Assert.Single(RequestsOf(clientId));
    }

    [Fact]
    public async Task The_token_is_kept_between_calls_and_renewed_a_minute_before_it_expires()
    {
        var clientId = Register(TimeSpan.FromMinutes(10));
        var clock = new ManualClock();
        using var http = new HttpClient();
        var bandwidth = new BandwidthClient(http, Options(new OAuth2ClientCredentials(clientId, Secret) { TokenUrl = Server.TokenUrl, TimeProvider = clock }));

        await bandwidth.ListMediaAsync(AccountId);
        clock.Advance(TimeSpan.FromMinutes(8) + TimeSpan.FromSeconds(59));
        await bandwidth.ListMediaAsync(AccountId);
        Assert.Equal(1, Server.TokenRequestsOf(clientId));
        clock.Advance(TimeSpan.FromSeconds(1));
        await bandwidth.ListMediaAsync(AccountId);

        Assert.Equal(2, Server.TokenRequestsOf(clientId));
        var tokens = RequestsOf(clientId).Select(r => r.Token).ToList();
        Assert.Equal(tokens[0], tokens[1]);
        Assert.NotEqual(tokens[1], tokens[2]);
    }

    [Fact]
    public async Task A_token_without_expires_in_is_kept_for_the_assumed_lifetime()
    {
        var clientId = Register(tokenLifetime: null);
        var clock = new ManualClock();
        using var http = new HttpClient();
        var credentials = new OAuth2ClientCredentials(clientId, Secret) { TokenUrl = Server.TokenUrl, TimeProvider = clock, AssumedTokenLifetime = TimeSpan.FromMinutes(2) };
        var bandwidth = new BandwidthClient(http, Options(credentials));

        await bandwidth.ListMediaAsync(AccountId);
        // A tenth of two minutes before the end: 108 s.
        clock.Advance(TimeSpan.FromSeconds(107));
        await bandwidth.ListMediaAsync(AccountId);
        Assert.Equal(1, Server.TokenRequestsOf(clientId));
        clock.Advance(TimeSpan.FromSeconds(1));
        await bandwidth.ListMediaAsync(AccountId);

        Assert.Equal(2, Server.TokenRequestsOf(clientId));
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_token_request()
    {
        var clientId = Register(TimeSpan.FromHours(1));
        using var http = new HttpClient();
        var bandwidth = new BandwidthClient(http, Options(new OAuth2ClientCredentials(clientId, Secret) { TokenUrl = Server.TokenUrl }));

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => bandwidth.ListMediaAsync(AccountId)));

        Assert.Equal(1, Server.TokenRequestsOf(clientId));
        Assert.Equal(12, RequestsOf(clientId).Count);
        Assert.Single(RequestsOf(clientId).Select(r => r.Token).Distinct());
    }

    [Fact]
    public async Task A_token_the_API_rejects_is_replaced_and_the_call_is_sent_once_more_with_its_body()
    {
        var clientId = Register(TimeSpan.FromHours(1));
        using var http = new HttpClient();
        var bandwidth = new BandwidthClient(http, Options(new OAuth2ClientCredentials(clientId, Secret) { TokenUrl = Server.TokenUrl }));
        await bandwidth.ListMediaAsync(AccountId);
        var first = Assert.Single(RequestsOf(clientId)).Token;
        Server.Revoke(first);

        var message = await bandwidth.CreateMessageAsync(AccountId, new MessageRequest
        {
            ApplicationId = "93de2206-9669-4e07-948d-329f4b722ee2",
            To = ["+15552223333"],
            From = "+15554443333",
            Text = "Hello",
        });

        Assert.Equal("1589228074636lm4k2je7j7jklbn2", message.Id);
        Assert.Equal(2, Server.TokenRequestsOf(clientId));
        var posts = RequestsOf(clientId).Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal(first, posts[0].Token);
        Assert.NotEqual(first, posts[1].Token);
        Assert.Equal(posts[0].Body, posts[1].Body);
        Assert.Contains("\"text\":\"Hello\"", posts[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_API_that_rejects_every_token_answers_the_call_with_its_401_after_one_fresh_token()
    {
        var clientId = Register(TimeSpan.FromHours(1), apiRejectsItsTokens: true);
        using var http = new HttpClient();
        var bandwidth = new BandwidthClient(http, Options(new OAuth2ClientCredentials(clientId, Secret) { TokenUrl = Server.TokenUrl }));

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => bandwidth.ListMediaAsync(AccountId));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(2, Server.TokenRequestsOf(clientId));
        var tokens = RequestsOf(clientId).Select(r => r.Token).ToList();
        Assert.Equal(2, tokens.Distinct().Count());
        Assert.All(tokens, token => Assert.DoesNotContain(token, error.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_secret_is_an_OAuth2TokenException_with_no_secret_in_it_or_in_the_log()
    {
        var clientId = Register(TimeSpan.FromHours(1));
        var logger = new CapturingLogger();
        await using var provider = Provider(logger, new OAuth2ClientCredentials(clientId, "not-the-secret-93b0") { TokenUrl = Server.TokenUrl });
        var bandwidth = provider.GetRequiredService<BandwidthClient>();

        var error = await Assert.ThrowsAsync<OAuth2TokenException>(() => bandwidth.ListMediaAsync(AccountId));

        Assert.Equal("invalid_client", error.Error);
        Assert.InRange(error.StatusCode!.Value, 400, 401);
        Assert.Empty(RequestsOf(clientId));
        // The token request went through the client's HttpClient, its logging included.
        Assert.Contains(logger.Lines, line => line.Contains("POST " + Server.TokenUrl.AbsoluteUri, StringComparison.Ordinal));
        var seen = error + "\n" + string.Join("\n", logger.Lines);
        Assert.DoesNotContain("not-the-secret-93b0", seen, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(clientId + ":not-the-secret-93b0")), seen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_endpoint_that_is_down_is_an_OAuth2TokenException_with_no_secret_in_it_or_in_the_log()
    {
        var logger = new CapturingLogger();
        var down = new Uri($"http://127.0.0.1:{ClosedPort()}/connect/token");
        await using var provider = Provider(logger, new OAuth2ClientCredentials("client-down", Secret) { TokenUrl = down });
        var bandwidth = provider.GetRequiredService<BandwidthClient>();

        var error = await Assert.ThrowsAsync<OAuth2TokenException>(() => bandwidth.ListMediaAsync(AccountId));

        Assert.Null(error.StatusCode);
        Assert.Equal(down, error.TokenUrl);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Contains(logger.Lines, line => line.Contains("POST " + down.AbsoluteUri + " failed", StringComparison.Ordinal));
        var seen = error + "\n" + string.Join("\n", logger.Lines);
        Assert.DoesNotContain(Secret, seen, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("client-down:" + Secret)), seen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clients_from_dependency_injection_share_the_token_of_their_options_and_log_no_token()
    {
        var clientId = Register(TimeSpan.FromHours(1));
        var logger = new CapturingLogger();
        await using var provider = Provider(logger, new OAuth2ClientCredentials(clientId, Secret) { TokenUrl = Server.TokenUrl });

        await provider.GetRequiredService<BandwidthClient>().ListMediaAsync(AccountId);
        await provider.GetRequiredService<IBandwidthClient>().ListMediaAsync(AccountId);

        Assert.Equal(1, Server.TokenRequestsOf(clientId));
        var token = RequestsOf(clientId).Select(r => r.Token).Distinct().Single();
        Assert.DoesNotContain(token, string.Join("\n", logger.Lines), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, string.Join("\n", logger.Lines), StringComparison.Ordinal);
    }

    private string Register(TimeSpan? tokenLifetime, bool apiRejectsItsTokens = false)
    {
        var clientId = AuthorizationServerFixture.NewClientId();
        Server.Register(clientId, Secret, tokenLifetime, apiRejectsItsTokens);
        return clientId;
    }

    private BandwidthClientOptions Options(AccessTokenCredentials credentials) => new() { BaseAddress = Server.BaseAddress, OAuth2 = credentials };

    private System.Collections.Generic.List<ApiRequest> RequestsOf(string clientId) => Server.ApiRequests.Where(r => r.ClientId == clientId).ToList();

    // As an application registers it: IHttpClientFactory, the standard resilience handler, logging at Debug (headers).
    private ServiceProvider Provider(CapturingLogger logger, OAuth2ClientCredentials credentials)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(logger);
        services.AddBandwidthClient(options =>
        {
            options.BaseAddress = Server.BaseAddress;
            options.OAuth2 = credentials;
        }).AddConferenceGenLogging();
        return services.BuildServiceProvider();
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    // Sends nothing: the request for the spec's production token URL never leaves the machine.
    private sealed class Refusing : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken) =>
            throw new HttpRequestException("Not sent: " + request.RequestUri!.Host);
    }
}
