using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;

namespace ConferenceGen.Runtime.Tests.Http;

/// <summary>
/// The OAuth 2 client credentials flow on the wire, against a scripted token endpoint and API on 127.0.0.1: the token
/// request (RFC 6749 §4.4.2, client authentication §2.3.1), the reading of its reply, the cache and its renewal (on a
/// clock the test moves), the one resend after a 401, and the errors.
/// </summary>
public sealed class OAuth2ClientCredentialsTests
{
    private const string Secret = "s3cr:t+ü é";

    [Fact]
    public async Task The_token_request_authenticates_with_Basic_form_encoding_id_and_secret_before_Base64()
    {
        await using var server = new Scripted();
        var credentials = new OAuth2ClientCredentials("my client", Secret) { TokenUrl = server.TokenUrl, Scopes = ["calls:read", "calls:write"] };

        await server.CallAsync(credentials);

        var token = Assert.Single(server.TokenRequests);
        Assert.Equal("POST", token.Method);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("my+client:s3cr%3At%2B%C3%BC+%C3%A9")), token.Header("Authorization"));
        Assert.Equal("application/x-www-form-urlencoded", token.Header("Content-Type"));
        Assert.Equal("application/json", token.Header("Accept"));
        Assert.Equal("grant_type=client_credentials&scope=calls%3Aread+calls%3Awrite", token.BodyText);
        Assert.Equal("Bearer token-1", Assert.Single(server.ApiRequests).Header("Authorization"));
    }

    [Fact]
    public async Task Client_authentication_in_the_body_sends_id_and_secret_as_form_fields_and_no_Authorization()
    {
        await using var server = new Scripted();
        var credentials = new OAuth2ClientCredentials("my client", Secret) { TokenUrl = server.TokenUrl, ClientAuthentication = OAuth2ClientAuthentication.RequestBody };

        await server.CallAsync(credentials);

        var token = Assert.Single(server.TokenRequests);
        Assert.Null(token.Header("Authorization"));
        Assert.Equal("grant_type=client_credentials&client_id=my+client&client_secret=s3cr%3At%2B%C3%BC+%C3%A9", token.BodyText);
    }

    [Fact]
    public async Task A_token_is_kept_until_a_tenth_of_its_lifetime_is_left()
    {
        await using var server = new Scripted { ExpiresIn = "100" };
        var clock = new ManualClock();
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl, TimeProvider = clock };

        await server.CallAsync(credentials);
        clock.Advance(TimeSpan.FromSeconds(89));
        await server.CallAsync(credentials);
        Assert.Single(server.TokenRequests);

        clock.Advance(TimeSpan.FromSeconds(1));
        await server.CallAsync(credentials);

        Assert.Equal(2, server.TokenRequests.Count);
        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], server.ApiRequests.Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task A_long_lived_token_is_renewed_a_minute_before_it_expires()
    {
        await using var server = new Scripted { ExpiresIn = "\"3600\"" };
        var clock = new ManualClock();
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl, TimeProvider = clock };

        await server.CallAsync(credentials);
        clock.Advance(TimeSpan.FromSeconds(3539));
        await server.CallAsync(credentials);
        Assert.Single(server.TokenRequests);
        clock.Advance(TimeSpan.FromSeconds(1));
        await server.CallAsync(credentials);

        Assert.Equal(2, server.TokenRequests.Count);
    }

    [Fact]
    public async Task Without_expires_in_a_token_is_kept_for_the_assumed_lifetime_of_five_minutes()
    {
        await using var server = new Scripted { ExpiresIn = null };
        var clock = new ManualClock();
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl, TimeProvider = clock };
        Assert.Equal(TimeSpan.FromMinutes(5), credentials.AssumedTokenLifetime);

        await server.CallAsync(credentials);
        clock.Advance(TimeSpan.FromSeconds(269));
        await server.CallAsync(credentials);
        Assert.Single(server.TokenRequests);
        clock.Advance(TimeSpan.FromSeconds(1));
        await server.CallAsync(credentials);

        Assert.Equal(2, server.TokenRequests.Count);
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_token_request()
    {
        await using var server = new Scripted { TokenDelay = TimeSpan.FromMilliseconds(300) };
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl };

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => server.CallAsync(credentials)));

        Assert.Single(server.TokenRequests);
        Assert.All(server.ApiRequests, r => Assert.Equal("Bearer token-1", r.Header("Authorization")));
        Assert.Equal(16, server.ApiRequests.Count);
    }

    [Fact]
    public async Task A_caller_that_gives_up_leaves_the_shared_token_request_to_the_others()
    {
        await using var server = new Scripted { TokenDelay = TimeSpan.FromMilliseconds(500) };
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl };
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var impatient = server.CallAsync(credentials, giveUp.Token);
        var patient = server.CallAsync(credentials);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        Assert.Equal(HttpStatusCode.OK, await patient);
        Assert.Single(server.TokenRequests);
    }

    [Fact]
    public async Task A_401_sends_the_request_once_more_with_a_fresh_token_and_the_same_body()
    {
        await using var server = new Scripted { Rejected = { "token-1" } };
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl };

        var status = await server.CallAsync(credentials, body: () => RequestBody.Text("""{"to":"+15550100"}""", "application/json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, server.TokenRequests.Count);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], server.ApiRequests.Select(r => r.Header("Authorization")));
        Assert.All(server.ApiRequests, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("""{"to":"+15550100"}""", r.BodyText);
            Assert.Equal("application/json", r.Header("Content-Type"));
            Assert.Equal("x-1", r.Header("X-Request-Id"));
        });
    }

    [Fact]
    public async Task A_second_401_is_the_reply()
    {
        await using var server = new Scripted { RejectEveryToken = true };
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl };

        var status = await server.CallAsync(credentials);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(2, server.ApiRequests.Count);
        Assert.Equal(2, server.TokenRequests.Count);
    }

    [Fact]
    public async Task A_streamed_body_is_not_sent_again_after_a_401()
    {
        await using var server = new Scripted { Rejected = { "token-1" } };
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl };

        var status = await server.CallAsync(credentials, body: () => RequestBody.Stream(new MemoryStream([1, 2, 3]), "application/octet-stream"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Single(server.ApiRequests);
    }

    [Fact]
    public async Task Concurrent_401s_for_the_same_token_renew_it_once()
    {
        await using var server = new Scripted { Rejected = { "token-1" } };
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl };
        await server.CallAsync(credentials);
        Assert.Equal(2, server.TokenRequests.Count);

        server.Rejected.Add("token-2");
        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => server.CallAsync(credentials)));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(3, server.TokenRequests.Count);
    }

    [Fact]
    public async Task Each_page_gets_a_current_token()
    {
        await using var server = new Scripted { ExpiresIn = "100", Pages = 2 };
        var clock = new ManualClock();
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl, TimeProvider = clock };
        var core = server.Core();

        var items = core.PagesAsync<string?, string>(
            async ct => await server.RequestAsync(core, credentials, null, ct),
            (response, ct) =>
            {
                clock.Advance(TimeSpan.FromSeconds(95));
                return Task.FromResult(response.Headers.TryGetValues("X-Next", out var next) ? next.Single() : null);
            },
            page => [page ?? "last"],
            page => page,
            CancellationToken.None);
        await foreach (var _item in items)
        {
        }

        Assert.Equal(["Bearer token-1", "Bearer token-2"], server.ApiRequests.Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task A_failed_token_request_is_not_kept()
    {
        await using var server = new Scripted { TokenFailures = 1 };
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl };

        var error = await Assert.ThrowsAsync<OAuth2TokenException>(() => server.CallAsync(credentials));
        var status = await server.CallAsync(credentials);

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, server.TokenRequests.Count);
        Assert.Single(server.ApiRequests);
    }

    [Fact]
    public async Task A_refusal_carries_the_error_code_and_description_and_never_the_secret()
    {
        var refusal = ScriptedResponse.Json(401, $$"""{"error":"invalid_client","error_description":"Unknown client, or not the secret {{Secret}}."}""", "Unauthorized");
        await using var server = new Scripted { TokenReply = refusal };
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl };

        var error = await Assert.ThrowsAsync<OAuth2TokenException>(() => server.CallAsync(credentials));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("invalid_client", error.Error);
        Assert.Equal("Unknown client, or not the secret [redacted].", error.ErrorDescription);
        Assert.Equal(server.TokenUrl, error.TokenUrl);
        Assert.Contains("/token answered 401 (Unauthorized): invalid_client", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.ApiRequests);
    }

    [Theory]
    [InlineData("""{"access_token":"tok-abc","token_type":"mac"}""", "not a bearer token")]
    [InlineData("""{"token_type":"Bearer"}""", "no access_token")]
    [InlineData("""{"access_token":"tok-abc""", "not JSON")]
    [InlineData("""["tok-abc"]""", "not a JSON object")]
    [InlineData("""{"access_token":"tok-abc\r\nX-Evil: 1","token_type":"Bearer"}""", "cannot be sent in a header")]
    public async Task A_reply_that_is_no_usable_bearer_token_is_an_error_that_does_not_show_it(string reply, string reason)
    {
        await using var server = new Scripted { TokenReply = ScriptedResponse.Json(200, reply) };
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = server.TokenUrl };

        var error = await Assert.ThrowsAsync<OAuth2TokenException>(() => server.CallAsync(credentials));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-abc", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.ApiRequests);
    }

    [Fact]
    public async Task A_token_endpoint_that_is_down_is_an_OAuth2TokenException_with_the_network_error_inside()
    {
        await using var server = new Scripted();
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = new Uri($"http://127.0.0.1:{ClosedPort()}/token") };

        var error = await Assert.ThrowsAsync<OAuth2TokenException>(() => server.CallAsync(credentials));

        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.StartsWith($"The token request to {credentials.TokenUrl} failed:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.ApiRequests);
    }

    [Fact]
    public async Task The_secret_is_never_sent_over_plain_http_to_another_host()
    {
        await using var server = new Scripted();
        var credentials = new OAuth2ClientCredentials("id", Secret) { TokenUrl = new Uri("http://auth.example.com/token") };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => server.CallAsync(credentials));

        Assert.Contains("plain http to auth.example.com", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.TokenRequests);
    }

    [Fact]
    public async Task The_spec_token_URL_is_used_unless_the_credentials_set_their_own()
    {
        await using var server = new Scripted();
        var credentials = new OAuth2ClientCredentials("id", Secret);
        var options = new SpecOptions { BaseAddress = server.BaseAddress, Scheme = credentials, SpecTokenUrlValue = server.TokenUrl };

        await server.CallAsync(credentials, options: options);
        credentials.TokenUrl = new Uri(server.BaseAddress, "/other-token");
        await server.CallAsync(credentials, options: options);

        Assert.Equal(["/token", "/other-token"], server.TokenRequests.Select(r => r.Path));
    }

    [Fact]
    public async Task Credentials_without_a_token_URL_on_a_scheme_the_spec_gives_none_say_what_to_set()
    {
        await using var server = new Scripted();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => server.CallAsync(new OAuth2ClientCredentials("id", Secret)));

        Assert.Contains("set TokenUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Printing_the_credentials_shows_neither_secret_nor_id()
    {
        var credentials = new OAuth2ClientCredentials("client-42", Secret);

        Assert.Equal("OAuth2ClientCredentials (redacted)", credentials.ToString());
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Options : ApiClientOptions
    {
    }

    private sealed class SpecOptions : ApiClientOptions
    {
        public OAuth2ClientCredentials? Scheme { get; set; }

        public Uri? SpecTokenUrlValue { get; set; }

        protected internal override Uri? SpecTokenUrl(OAuth2ClientCredentials credentials) => ReferenceEquals(credentials, Scheme) ? SpecTokenUrlValue : null;
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>A token endpoint at /token that numbers its tokens, and an API at /calls that checks them.</summary>
    private sealed class Scripted : IAsyncDisposable
    {
        private readonly LoopbackHttpServer _server;
        private readonly HttpClient _http = new();
        private int _issued;
        private int _failures;

        public Scripted() => _server = new LoopbackHttpServer(Answer);

        public Uri BaseAddress => _server.BaseAddress;

        public Uri TokenUrl => new(_server.BaseAddress, "/token");

        public string? ExpiresIn { get; init; } = "3600";

        public TimeSpan TokenDelay { get; init; }

        public ScriptedResponse? TokenReply { get; init; }

        public int TokenFailures { get; init; }

        public ConcurrentBag<string> Rejected { get; } = new();

        public bool RejectEveryToken { get; init; }

        public int Pages { get; init; } = 1;

        public System.Collections.Generic.List<RecordedRequest> TokenRequests => _server.Requests.Where(r => r.Path != "/calls").ToList();

        public System.Collections.Generic.List<RecordedRequest> ApiRequests => _server.Requests.Where(r => r.Path == "/calls").ToList();

        /// <summary>A client core on the one HTTP client every call here shares, as the clients of an application do.</summary>
        public ApiClientCore Core(ApiClientOptions? options = null) =>
            new(_http, options ?? new Options { BaseAddress = BaseAddress }, () => "https://unused.example");

        public async Task<HttpRequestMessage> RequestAsync(ApiClientCore core, ApiCredentials credentials, Func<HttpContent>? body, CancellationToken cancellationToken)
        {
            var request = core.CreateRequest(body is null ? HttpMethod.Get : HttpMethod.Post, "/calls", "application/json");
            request.Headers.TryAddWithoutValidation("X-Request-Id", "x-1");
            request.Content = body?.Invoke();
            await core.AuthorizeAsync(request, credentials, cancellationToken);
            return request;
        }

        public async Task<HttpStatusCode> CallAsync(ApiCredentials credentials, CancellationToken cancellationToken = default, Func<HttpContent>? body = null, ApiClientOptions? options = null)
        {
            var core = Core(options);
            using var request = await RequestAsync(core, credentials, body, cancellationToken);
            using var response = await core.SendAsync(request, cancellationToken);
            return response.StatusCode;
        }

        public ValueTask DisposeAsync()
        {
            _http.Dispose();
            return _server.DisposeAsync();
        }

        private ScriptedResponse Answer(RecordedRequest request)
        {
            if (request.Path != "/calls")
            {
                if (TokenReply is not null)
                {
                    return TokenReply;
                }

                if (Interlocked.Increment(ref _failures) <= TokenFailures)
                {
                    return ScriptedResponse.Text(503, "text/html", "<h1>down</h1>", "Service Unavailable");
                }

                var token = "token-" + Interlocked.Increment(ref _issued);
                var expires = ExpiresIn is null ? "" : ",\"expires_in\":" + ExpiresIn;
                var reply = ScriptedResponse.Json(200, $$"""{"access_token":"{{token}}","token_type":"Bearer"{{expires}}}""");
                return TokenDelay == TimeSpan.Zero ? reply : new ScriptedResponse { Headers = reply.Headers, Body = reply.Body, Delay = TokenDelay };
            }

            var bearer = request.Header("Authorization")?.Substring("Bearer ".Length);
            if (RejectEveryToken || (bearer is not null && Rejected.Contains(bearer)))
            {
                return ScriptedResponse.Json(401, """{"message":"Unauthorized"}""", "Unauthorized");
            }

            var page = _server.Requests.Count(r => r.Path == "/calls");
            var answer = ScriptedResponse.Json(200, "[]");
            if (page < Pages)
            {
                answer.Headers.Add(new("X-Next", "/calls?page=" + (page + 1)));
            }

            return answer;
        }
    }
}
