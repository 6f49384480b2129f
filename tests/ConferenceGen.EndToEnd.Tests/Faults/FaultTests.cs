using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.Faults;

/// <summary>
/// What a caller sees when the network or the server misbehaves: a typed exception that keeps the status and the
/// raw body, timeouts and cancellation honoured, and every request sent exactly once.
/// </summary>
public sealed class FaultTests
{
    private const string Conference = """{"sid":"CF1","status":"completed"}""";

    [Fact]
    public async Task A_refused_connection_is_an_HttpRequestException_naming_the_socket_error()
    {
        var closedPort = FreePort();
        using var http = new HttpClient();
        var client = Client(http, new Uri($"http://127.0.0.1:{closedPort}"));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => EndConferenceAsync(client));

        Assert.Equal(SocketError.ConnectionRefused, Assert.IsType<SocketException>(error.InnerException).SocketErrorCode);
    }

    [Fact]
    public async Task A_connection_closed_without_an_answer_is_an_HttpRequestException_and_the_post_is_not_sent_again()
    {
        await using var server = new LoopbackHttpServer(new ScriptedResponse { CloseWithoutAnswer = true });
        using var http = new HttpClient();

        await Assert.ThrowsAsync<HttpRequestException>(() => EndConferenceAsync(Client(http, server.BaseAddress)));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_body_cut_short_by_the_server_keeps_the_status_and_the_bytes_that_arrived()
    {
        var body = Encoding.UTF8.GetBytes(Conference);
        await using var server = new LoopbackHttpServer(new ScriptedResponse
        {
            Headers = { new("Content-Type", "application/json") },
            Body = body,
            CloseAfterBodyBytes = 10,
        });
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ApiException>(() => EndConferenceAsync(Client(http, server.BaseAddress)));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal(Conference[..10], error.ResponseBody);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.Contains("ended after 10 bytes", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_error_reply_cut_short_still_gives_an_ApiException_with_its_status()
    {
        await using var server = new LoopbackHttpServer(new ScriptedResponse
        {
            Status = 500,
            Reason = "Internal Server Error",
            Headers = { new("Content-Type", "text/html") },
            Body = Encoding.UTF8.GetBytes("<html><body>Internal error</body></html>"),
            CloseAfterBodyBytes = 6,
        });
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ApiException>(() => EndConferenceAsync(Client(http, server.BaseAddress)));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal("<html>", error.ResponseBody);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_reply_slower_than_the_timeout_ends_the_call_with_a_timeout()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(1500) };
        await using var slow = new LoopbackHttpServer(new ScriptedResponse { Delay = TimeSpan.FromSeconds(30), Body = Encoding.UTF8.GetBytes(Conference) });
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => EndConferenceAsync(Client(http, slow.BaseAddress)));

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Single(slow.Requests);
    }

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_is_bounded_by_the_timeout_too()
    {
        await using var server = new LoopbackHttpServer(StalledBody());
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(1500) };
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => EndConferenceAsync(Client(http, server.BaseAddress)));

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Contains("HttpClient.Timeout", error.Message, StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Cancelling_a_call_in_flight_throws_with_the_callers_token()
    {
        await using var server = new LoopbackHttpServer(new ScriptedResponse { Delay = TimeSpan.FromSeconds(30) });
        using var http = new HttpClient();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Client(http, server.BaseAddress).UpdateConferenceAsync("AC1", "CF1", new UpdateConferenceRequest { Status = "completed" }, cancel.Token));

        Assert.Equal(cancel.Token, error.CancellationToken);
        Assert.True(server.Requests.Count <= 1, $"The request was sent {server.Requests.Count} times.");
    }

    [Fact]
    public async Task Cancelling_while_the_body_arrives_throws_with_the_callers_token()
    {
        await using var server = new LoopbackHttpServer(StalledBody());
        using var http = new HttpClient();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(1500));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Client(http, server.BaseAddress).UpdateConferenceAsync("AC1", "CF1", null, cancel.Token));

        Assert.Equal(cancel.Token, error.CancellationToken);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_5xx_with_an_html_page_keeps_status_content_type_and_page()
    {
        const string Page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
        await using var server = new LoopbackHttpServer(ScriptedResponse.Text(502, "text/html", Page, "Bad Gateway"));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ApiException>(() => EndConferenceAsync(Client(http, server.BaseAddress)));

        Assert.Equal(502, error.StatusCode);
        Assert.Equal("Bad Gateway", error.Response.ReasonPhrase);
        Assert.Equal("text/html", error.Response.ContentType);
        Assert.Equal(Page, error.ResponseBody);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("application/json", """{"sid": "CF1", "status": """, typeof(JsonException))]
    [InlineData("application/json", """{"sid": "CF1"} trailing""", typeof(JsonException))]
    [InlineData("application/json", """["not", "an", "object"]""", typeof(JsonException))]
    [InlineData("application/json", """{"sid": {"nested": true}}""", typeof(JsonException))]
    [InlineData("text/html", """{"sid": "CF1"}""", typeof(FormatException))]
    [InlineData("application/json", "", typeof(FormatException))]
    public async Task A_success_reply_that_cannot_be_read_is_an_ApiException_with_the_raw_body_never_a_bare_JsonException(string contentType, string body, Type cause)
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Text(200, contentType, body));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ApiException>(() => EndConferenceAsync(Client(http, server.BaseAddress)));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal(contentType, error.Response.ContentType);
        Assert.Equal(body, error.ResponseBody);
        Assert.IsAssignableFrom(cause, error.InnerException);
        Assert.Contains("could not be read as Conference", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(202, "Accepted")]
    [InlineData(201, "Created")]
    [InlineData(404, "Not Found")]
    [InlineData(429, "Too Many Requests")]
    public async Task A_status_the_operation_does_not_document_is_an_ApiException_that_names_it(int status, string reason)
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(status, """{"code": 20404, "message": "nope"}""", reason));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ApiException>(() => EndConferenceAsync(Client(http, server.BaseAddress)));

        Assert.Equal(status, error.StatusCode);
        Assert.Contains($"answered {status} ({reason})", error.Message, StringComparison.Ordinal);
        Assert.Contains("20404", error.ResponseBody, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    // Headers and the first bytes of the body, then nothing for 30 s.
    private static ScriptedResponse StalledBody() => new()
    {
        Headers = { new("Content-Type", "application/json") },
        Body = Encoding.UTF8.GetBytes(Conference),
        PauseAfterBodyBytes = 5,
        Pause = TimeSpan.FromSeconds(30),
    };

    private static Task<Conference> EndConferenceAsync(TwilioClient client) =>
        client.UpdateConferenceAsync("AC1", "CF1", new UpdateConferenceRequest { Status = "completed" });

    private static TwilioClient Client(HttpClient http, Uri baseAddress) =>
        new(http, new TwilioClientOptions { BaseAddress = baseAddress, AccountSidAuthToken = new BasicCredentials("AC1", "auth-token") });

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
