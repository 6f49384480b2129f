using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Headers;

namespace ConferenceGen.EndToEnd.Tests.HeaderSafety;

/// <summary>
/// A value the caller passes never adds a header of its own: CR, LF or NUL in anything the client writes into a
/// header or a cookie stops the call before a byte is sent, with an <see cref="ArgumentException"/> that names the
/// parameter and not the value (it may be a secret). Everything else the HTTP grammar allows goes out unchanged.
/// </summary>
public sealed class HeaderInjectionTests
{
    private const string Injected = "X-Injected: 1";

    public static TheoryData<string> Breaks => new() { "\r", "\n", "\r\n", "\0" };

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task A_header_parameter_that_would_end_its_header_is_refused(string lineBreak)
    {
        await using var server = Server();
        var client = Client(server);
        var value = "v" + lineBreak + Injected;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.UpdateConferenceAsync("AC1", "CF1", xTrace: value));

        AssertRefused(error, "xTrace", value, server);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task A_cookie_parameter_that_would_end_its_header_is_refused(string lineBreak)
    {
        await using var server = Server();
        var client = Client(server);
        var value = "v" + lineBreak + Injected;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.UpdateConferenceAsync("AC1", "CF1", session: value));

        AssertRefused(error, "session", value, server);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task An_api_key_that_would_end_its_header_is_refused_before_it_can_be_used(string lineBreak)
    {
        await using var server = Server();
        var key = "key-5d07" + lineBreak + Injected;

        var error = Assert.Throws<ArgumentException>(() => new ApiKeyCredentials(key));

        AssertRefused(error, "key", key, server);
        // The one way to send a key is through credentials, so neither the header nor the cookie location can get one.
        await Client(server, o => o.HeaderKey = new ApiKeyCredentials("key-5d07")).WithHeaderKeyAsync();
        await Client(server, o => o.CookieKey = new ApiKeyCredentials("key-5d07")).WithCookieKeyAsync();
        Assert.Equal(new[] { "key-5d07", null }, server.Requests.Select(r => r.Header("X-Api-Key")));
        Assert.Equal(new[] { null, "api_key=key-5d07" }, server.Requests.Select(r => r.Header("Cookie")));
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task A_bearer_token_that_would_end_its_header_is_refused(string lineBreak)
    {
        await using var server = Server();
        var token = "token-81c2" + lineBreak + Injected;

        var fixedToken = Assert.Throws<ArgumentException>(() => new BearerTokenCredentials(token));
        var client = Client(server, o => o.Bearer = new BearerTokenCredentials(_ => new ValueTask<string>(token)));
        var provided = await Assert.ThrowsAsync<ArgumentException>(() => client.WithBearerTokenAsync());

        AssertRefused(fixedToken, "token", token, server);
        AssertRefused(provided, "tokenProvider", token, server);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task A_user_agent_that_would_end_its_header_is_refused_when_the_client_is_made(string lineBreak)
    {
        await using var server = Server();
        var options = new HeadersClientOptions { BaseAddress = server.BaseAddress, UserAgent = "MyApp/2.1" + lineBreak + Injected };
        using var http = new HttpClient();

        Assert.Contains("UserAgent must be printable ASCII text, without line breaks or other control characters.", options.Validate());
        var error = Assert.Throws<ArgumentException>(() => new HeadersClient(http, options));

        Assert.Equal("options", error.ParamName);
        Assert.DoesNotContain(Injected, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Values_the_grammar_allows_go_out_unchanged()
    {
        await using var server = Server();
        var client = Client(server, o =>
        {
            o.HeaderKey = new ApiKeyCredentials("key with\tspaces; and=signs");
            o.Bearer = new BearerTokenCredentials("token;with spaces");
            o.UserAgent = "MyApp/2.1 (spaces; semicolons) " + ApiClientOptions.DefaultUserAgent;
        });

        await client.UpdateConferenceAsync("AC1", "CF1", xTrace: "a b\tc; d=e, \"f\"", session: "a b;c=d");
        await client.WithHeaderKeyAsync();
        await client.WithBearerTokenAsync();

        var (update, keyed, bearer) = (server.Requests.ElementAt(0), server.Requests.ElementAt(1), server.Requests.ElementAt(2));
        Assert.Equal("a b\tc; d=e, \"f\"", update.Header("X-Trace"));
        // A cookie value is percent-encoded, so nothing in it can end the pair.
        Assert.Equal("session=a%20b%3Bc%3Dd", update.Header("Cookie"));
        Assert.Equal("MyApp/2.1 (spaces; semicolons) " + ApiClientOptions.DefaultUserAgent, update.Header("User-Agent"));
        Assert.Equal("key with\tspaces; and=signs", keyed.Header("X-Api-Key"));
        Assert.Equal("Bearer token;with spaces", bearer.Header("Authorization"));
        Assert.DoesNotContain(server.Requests.SelectMany(r => r.Headers), h => h.Key == "X-Injected");
    }

    private static void AssertRefused(ArgumentException error, string parameter, string value, LoopbackHttpServer server)
    {
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(parameter, error.Message, StringComparison.Ordinal);
        // The value may be a secret: neither it nor the part after the break shows in the exception.
        Assert.DoesNotContain(value, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Injected, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    private static LoopbackHttpServer Server() => new(request => request.Path.EndsWith(".json", StringComparison.Ordinal)
        ? ScriptedResponse.Json(200, """{"sid":"CF1"}""")
        : new ScriptedResponse { Status = 204 });

    private static HeadersClient Client(LoopbackHttpServer server, Action<HeadersClientOptions>? configure = null)
    {
        var options = new HeadersClientOptions { BaseAddress = server.BaseAddress };
        configure?.Invoke(options);
        return new HeadersClient(new HttpClient(), options);
    }
}
