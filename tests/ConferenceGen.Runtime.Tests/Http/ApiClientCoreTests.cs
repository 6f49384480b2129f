using System;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Codecs;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Runtime.UrlEncoding;
using ConferenceGen.Testing;

namespace ConferenceGen.Runtime.Tests.Http;

/// <summary>The shared client core: where requests go, when credentials may leave, and how replies turn into results or errors.</summary>
public sealed class ApiClientCoreTests
{
    private sealed class Options : ApiClientOptions
    {
    }

    [Fact]
    public void The_spec_server_is_used_when_nothing_else_is_configured()
    {
        using var http = new HttpClient();
        var core = new ApiClientCore(http, new Options(), () => "https://api.twilio.com");
        using var request = core.CreateRequest(HttpMethod.Post, "/2010-04-01/Accounts/AC1/Conferences/CF1.json", "application/json");
        Assert.Equal("https://api.twilio.com/2010-04-01/Accounts/AC1/Conferences/CF1.json", request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public void A_base_address_keeps_its_path_and_wins_over_the_http_client_and_the_spec()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://from-http-client.example") };
        var core = new ApiClientCore(http, new Options { BaseAddress = new Uri("http://127.0.0.1:5000/api/laml/2010-04-01/") }, () => throw new InvalidOperationException("not needed"));
        using var request = core.CreateRequest(HttpMethod.Post, "/Accounts/a/Conferences/b", "application/json", "https://operation-server.example");
        Assert.Equal("http://127.0.0.1:5000/api/laml/2010-04-01/Accounts/a/Conferences/b", request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public void An_operation_server_is_used_when_no_base_address_is_configured()
    {
        using var http = new HttpClient();
        var core = new ApiClientCore(http, new Options(), () => "https://default.example");
        using var request = core.CreateRequest(HttpMethod.Get, "/x", "application/json", "https://operation.example/v2");
        Assert.Equal("https://operation.example/v2/x", request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public void A_relative_spec_server_without_a_base_address_is_a_clear_error()
    {
        using var http = new HttpClient();
        var error = Assert.Throws<InvalidOperationException>(() => new ApiClientCore(http, new Options(), () => "/v3"));
        Assert.Contains("set BaseAddress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_segments_in_values_do_not_move_the_request_up_the_path()
    {
        using var http = new HttpClient();
        var core = new ApiClientCore(http, new Options(), () => "https://api.example/base");
        using var request = core.CreateRequest(HttpMethod.Get, "/Accounts/" + UrlPath.Escape("..", StringCodec.Instance) + "/Calls", "application/json");
        Assert.Equal("/base/Accounts/%2E%2E/Calls", request.RequestUri!.AbsolutePath);
    }

    [Fact]
    public void A_request_accepts_what_the_operation_documents_and_names_ConferenceGen()
    {
        using var http = new HttpClient();
        var core = new ApiClientCore(http, new Options(), () => "https://api.example.com");

        using var request = core.CreateRequest(HttpMethod.Get, "/x", "application/json, application/problem+json");

        Assert.Equal("application/json, application/problem+json", string.Join(", ", request.Headers.GetValues("Accept")));
        Assert.Equal(ApiClientOptions.DefaultUserAgent, Assert.Single(request.Headers.GetValues("User-Agent")));
    }

    [Theory]
    [InlineData("MyApp/2.1", "MyApp/2.1")]
    [InlineData(null, null)]
    [InlineData("", null)]
    public void The_options_replace_the_User_Agent_or_send_none(string? configured, string? sent)
    {
        using var http = new HttpClient();
        var core = new ApiClientCore(http, new Options { UserAgent = configured }, () => "https://api.example.com");

        using var request = core.CreateRequest(HttpMethod.Get, "/x", "*/*");

        Assert.Equal(sent, request.Headers.TryGetValues("User-Agent", out var values) ? string.Join(" ", values) : null);
    }

    [Fact]
    public void A_User_Agent_the_http_client_sets_itself_is_the_one_sent()
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Fleet/7");
        var core = new ApiClientCore(http, new Options(), () => "https://api.example.com");

        using var request = core.CreateRequest(HttpMethod.Get, "/x", "*/*");

        // The HttpClient adds its default to a request that has none of its own.
        Assert.False(request.Headers.Contains("User-Agent"));
    }

    [Fact]
    public void A_User_Agent_that_would_break_the_header_is_refused_at_start_up_and_by_the_constructor()
    {
        var options = new Options { UserAgent = "MyApp/2.1\r\nX-Injected: yes" };
        using var http = new HttpClient();

        Assert.Contains("UserAgent must be printable ASCII text, without line breaks or other control characters.", options.Validate());
        Assert.Throws<ArgumentException>(() => new ApiClientCore(http, options, () => "https://api.example.com"));
    }

    [Fact]
    public void Server_variables_are_escaped_into_their_place()
    {
        Assert.Equal("example", ServerVariable.Escape("example", "Space", "https://{space}.signalwire.com"));
        Assert.Equal("evil.com%2Fx%23", ServerVariable.Escape("evil.com/x#", "Space", "https://{space}.signalwire.com"));
        var error = Assert.Throws<InvalidOperationException>(() => ServerVariable.Escape(null, "Space", "https://{space}.signalwire.com"));
        Assert.Contains("Set Space", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credentials_are_refused_over_plain_http_to_other_hosts()
    {
        using var http = new HttpClient();
        var core = new ApiClientCore(http, new Options(), () => "http://api.example.com");
        using var request = core.CreateRequest(HttpMethod.Get, "/x", "application/json");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => core.AuthorizeAsync(request, new BasicCredentials("user", "secret"), default).AsTask());
        Assert.Contains("plain http", error.Message, StringComparison.Ordinal);
        Assert.Null(request.Headers.Authorization);
    }

    [Fact]
    public async Task Credentials_go_over_plain_http_to_loopback_or_when_allowed()
    {
        using var http = new HttpClient();
        var loopback = new ApiClientCore(http, new Options(), () => "http://127.0.0.1:8080");
        using var local = loopback.CreateRequest(HttpMethod.Get, "/x", "application/json");
        await loopback.AuthorizeAsync(local, new BasicCredentials("user", "secret"), default);
        Assert.Equal("Basic", local.Headers.Authorization!.Scheme);

        var allowed = new ApiClientCore(http, new Options { AllowInsecureCredentials = true }, () => "http://api.example.com");
        using var remote = allowed.CreateRequest(HttpMethod.Get, "/x", "application/json");
        await allowed.AuthorizeAsync(remote, new BasicCredentials("user", "secret"), default);
        Assert.Equal("dXNlcjpzZWNyZXQ=", remote.Headers.Authorization!.Parameter);
    }

    [Fact]
    public void Api_keys_go_where_the_scheme_says()
    {
        using var http = new HttpClient();
        var core = new ApiClientCore(http, new Options(), () => "https://api.example.com");
        using var request = core.CreateRequest(HttpMethod.Get, "/x?a=1", "application/json");
        core.AuthorizeApiKey(request, new ApiKeyCredentials("k e y"), ApiKeyLocation.Query, "api_key");
        core.AuthorizeApiKey(request, new ApiKeyCredentials("h"), ApiKeyLocation.Header, "X-Api-Key");
        Assert.Equal("?a=1&api_key=k%20e%20y", request.RequestUri!.Query);
        Assert.Equal("h", Assert.Single(request.Headers.GetValues("X-Api-Key")));
    }

    [Fact]
    public void Credentials_never_show_their_secret()
    {
        Assert.Equal("BasicCredentials (redacted)", new BasicCredentials("ACxxx", "auth-token-123").ToString());
        Assert.DoesNotContain("token-123", new BearerTokenCredentials("token-123").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("key-123", new ApiKeyCredentials("key-123").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_reply_is_read_with_its_codec()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, "[1,2,3]"));
        var list = await SendAsync(server, (core, response) => core.ReadJsonAsync(response, new ListCodec<int>(Int32Codec.Instance), default));
        Assert.Equal(new[] { 1, 2, 3 }, list);
    }

    [Theory]
    [InlineData("text/plain", "exercitation eu", "exercitation eu")]
    [InlineData("application/json", "\"quoted\"", "quoted")]
    public async Task A_string_reply_answered_as_text_is_that_text(string contentType, string body, string expected)
    {
        // Documented as a string under */* (openapi-generator's petstore), and answered as text/plain.
        await using var server = new LoopbackHttpServer(ScriptedResponse.Text(200, contentType, body));
        var text = await SendAsync(server, (core, response) => core.ReadJsonAsync(response, StringCodec.Instance, default));
        Assert.Equal(expected, text);
    }

    [Fact]
    public async Task A_text_reply_is_decoded_with_its_charset()
    {
        await using var server = new LoopbackHttpServer(new ScriptedResponse
        {
            Status = 200,
            Headers = { new("Content-Type", "text/plain; charset=iso-8859-1") },
            Body = [0x63, 0x61, 0x66, 0xE9],
        });
        var text = await SendAsync(server, (core, response) => core.ReadJsonAsync(response, StringCodec.Instance, default));
        Assert.Equal("caf\u00e9", text);
    }

    [Theory]
    [InlineData("text/html", "<html>Bad gateway</html>", "content type is text/html")]
    [InlineData("application/json", "{\"truncated\": ", "could not be read")]
    [InlineData("application/json", "", "body is empty")]
    public async Task An_unreadable_reply_keeps_status_and_raw_body(string contentType, string body, string expected)
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Text(200, contentType, body));
        var error = await Assert.ThrowsAsync<ApiException>(() => SendAsync(server, (core, response) => core.ReadJsonAsync(response, Int32Codec.Instance, default)));
        Assert.Equal(200, error.StatusCode);
        Assert.Equal(body, error.ResponseBody);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_documented_error_body_is_parsed_into_the_typed_exception()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(422, "[\"bad\"]", "Unprocessable Entity"));
        var error = await SendAsync(server, (core, response) => core.ErrorAsync(response, new ListCodec<string>(StringCodec.Instance), default));
        var typed = Assert.IsType<ApiException<System.Collections.Generic.IList<string>>>(error);
        Assert.Equal("bad", Assert.Single(typed.Error));
        Assert.Same(typed.Error, typed.ErrorBody);
        Assert.Equal(422, typed.StatusCode);
    }

    [Fact]
    public async Task An_error_body_that_cannot_be_read_still_gives_an_exception_with_the_raw_body()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Text(503, "text/html", "<h1>down</h1>", "Service Unavailable"));
        var error = await SendAsync(server, (core, response) => core.ErrorAsync(response, new ListCodec<string>(StringCodec.Instance), default));
        Assert.IsNotType<ApiException<System.Collections.Generic.IList<string>>>(error);
        Assert.Equal("<h1>down</h1>", error.ResponseBody);
        Assert.Null(error.ErrorBody);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(500)]
    public async Task A_reply_longer_than_MaxResponseBufferSize_is_refused_whether_success_or_error(int status)
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(status, "[" + new string('1', 2000) + "]"));
        var options = new Options { MaxResponseBufferSize = 1000 };

        var error = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => SendAsync(
            server,
            async (core, response) => status == 200 ? await core.ReadJsonAsync(response, new ListCodec<int>(Int32Codec.Instance), default) : throw await core.ErrorAsync(response, default),
            options));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(2002, error.DeclaredLength);
        Assert.Contains("Content-Length (2,002 bytes) is larger than MaxResponseBufferSize (1,000 bytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_below_one_byte_is_refused_at_start_up_and_by_the_constructor()
    {
        var options = new Options { MaxResponseBufferSize = 0 };
        using var http = new HttpClient();

        Assert.Contains("MaxResponseBufferSize must be at least 1 byte, not 0.", options.Validate());
        Assert.Throws<InvalidOperationException>(() => new ApiClientCore(http, options, () => "https://api.example.com"));
    }

    private static async Task<T> SendAsync<T>(LoopbackHttpServer server, Func<ApiClientCore, HttpResponseMessage, Task<T>> read, Options? options = null)
    {
        using var http = new HttpClient();
        options ??= new Options();
        options.BaseAddress = server.BaseAddress;
        var core = new ApiClientCore(http, options, () => "unused");
        using var request = core.CreateRequest(HttpMethod.Get, "/reply", "application/json");
        using var response = await core.SendAsync(request, default);
        return await read(core, response);
    }
}
