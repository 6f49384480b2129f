using System;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Production;
using Vendors.BandwidthVoice;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.ClientSurface;

/// <summary>
/// The whole reply of any operation through one generic path (<c>client.ReplyAsync(c =&gt; c.Operation(…))</c>): status,
/// headers and the result; every reply the server sends is a value, documented errors typed, and only a call that got
/// no reply throws.
/// </summary>
public sealed class WholeReplyTests
{
    [Fact]
    public async Task A_success_gives_the_status_the_headers_and_the_typed_body()
    {
        var answer = ScriptedResponse.Json(200, """{"sid":"CF1","status":"completed"}""");
        answer.Headers.Add(new("Twilio-Request-Id", "RQ123"));
        answer.Headers.Add(new("X-Rate-Limit-Remaining", "99"));
        await using var server = new LoopbackHttpServer(answer);
        ITwilioClient twilio = Twilio(server);

        var reply = await twilio.ReplyAsync(c => c.UpdateConferenceAsync("AC1", "CF1", new UpdateConferenceRequest { Status = "completed" }));

        Assert.True(reply.IsSuccess);
        Assert.Equal(200, reply.StatusCode);
        Assert.Equal("RQ123", reply.Header("twilio-request-id"));
        Assert.Equal(new[] { "99" }, reply.Headers["X-Rate-Limit-Remaining"]);
        Assert.Equal("application/json", reply.Header("Content-Type")?.Split(';')[0]);
        Assert.Equal(ConferenceStatus.Completed, reply.Value.Status);
        Assert.Equal("Status=completed", server.SingleRequest().BodyText);
    }

    [Fact]
    public async Task A_documented_error_is_a_value_with_its_typed_body_not_an_exception()
    {
        var answer = ScriptedResponse.Json(404, """{"code":20404,"message":"Not found","status":404}""", "Not Found");
        answer.Headers.Add(new("Twilio-Request-Id", "RQ404"));
        await using var server = new LoopbackHttpServer(answer);
        var production = new ProductionClient(new HttpClient(), new ProductionClientOptions { BaseAddress = server.BaseAddress });

        var reply = await production.ReplyAsync(c => c.ListCallsAsync());

        Assert.False(reply.IsSuccess);
        Assert.Equal(404, reply.StatusCode);
        Assert.Equal("Not Found", reply.ReasonPhrase);
        Assert.Equal("RQ404", reply.Header("Twilio-Request-Id"));
        Assert.True(reply.TryGetError<Error>(out var error));
        Assert.Equal(20404, error.Code);
        Assert.False(reply.TryGetValue(out _));
        // Reading the value anyway throws what the plain call throws.
        Assert.Same(reply.Error, Assert.Throws<ApiException<Error>>(() => reply.Value));
    }

    [Fact]
    public async Task A_reply_the_spec_does_not_document_is_a_value_too()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Text(502, "text/html", "<h1>bad gateway</h1>", "Bad Gateway"));
        ITwilioClient twilio = Twilio(server);

        var reply = await twilio.ReplyAsync(c => c.UpdateConferenceAsync("AC1", "CF1"));

        Assert.Equal(502, reply.StatusCode);
        Assert.False(reply.TryGetError<Error>(out _));
        Assert.Equal("<h1>bad gateway</h1>", reply.Error!.ResponseBody);
    }

    [Fact]
    public async Task An_operation_without_a_body_gives_its_status_and_headers()
    {
        await using var server = new LoopbackHttpServer(new ScriptedResponse { Status = 204, Reason = "No Content", Headers = { new("Location", "/conferences/c-1") } });
        var bandwidth = new BandwidthVoiceClient(new HttpClient(), new BandwidthVoiceClientOptions
        {
            BaseAddress = server.BaseAddress,
            Basic = new BasicCredentials("user", "pass"),
        });

        var reply = await bandwidth.ReplyAsync(c => c.ModifyConferenceAsync("9900000", "c-1", new ModifyConferenceRequest { Status = ModifyConferenceRequestStatus.Completed }));

        Assert.True(reply.IsSuccess);
        Assert.Equal(204, reply.StatusCode);
        Assert.Equal("/conferences/c-1", reply.Header("Location"));
    }

    [Fact]
    public async Task A_call_that_gets_no_reply_throws_as_the_plain_call_does()
    {
        ITwilioClient twilio = new TwilioClient(new HttpClient(), new TwilioClientOptions { BaseAddress = new Uri("http://127.0.0.1:9") });

        await Assert.ThrowsAsync<HttpRequestException>(() => twilio.ReplyAsync(c => c.UpdateConferenceAsync("AC1", "CF1")));
    }

    [Fact]
    public async Task A_call_on_another_client_than_the_one_given_is_refused()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"sid":"CF1"}"""));
        ITwilioClient twilio = Twilio(server);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => twilio.ReplyAsync(_ => twilio.UpdateConferenceAsync("AC1", "CF1")));

        Assert.Contains("on the client the lambda receives", error.Message, StringComparison.Ordinal);
    }

    private static TwilioClient Twilio(LoopbackHttpServer server) =>
        new(new HttpClient(), new TwilioClientOptions { BaseAddress = server.BaseAddress, AccountSidAuthToken = new BasicCredentials("AC1", "token") });
}
