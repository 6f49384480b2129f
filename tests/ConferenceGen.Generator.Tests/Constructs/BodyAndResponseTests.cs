using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>Request bodies in every media type, and replies of every kind, on a real socket (bodies.yaml, responses.yaml, servers.yaml).</summary>
public sealed class BodyAndResponseTests
{
    [Fact]
    public async Task A_form_repeats_list_fields()
    {
        using var generated = Generated.Compile("bodies.yaml", "Tests.Bodies");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(201, "Created"));
        using var http = new HttpClient();
        dynamic body = generated.New("SendMessageRequest");
        body.To = "+15551234567";
        body.MediaUrl = new List<Uri> { new("https://example.com/a.png"), new("https://example.com/b.png") };

        await generated.Client("BodiesClient", server, http).SendMessageAsync(body);

        var request = server.SingleRequest();
        Assert.Equal("application/x-www-form-urlencoded", request.Header("Content-Type"));
        Assert.Equal("To=%2B15551234567&MediaUrl=https%3A%2F%2Fexample.com%2Fa.png&MediaUrl=https%3A%2F%2Fexample.com%2Fb.png", request.BodyText);
    }

    [Fact]
    public async Task A_multipart_body_sends_text_fields_and_the_file()
    {
        using var generated = Generated.Compile("bodies.yaml", "Tests.Bodies");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(200, "OK"));
        using var http = new HttpClient();
        dynamic body = generated.New("UploadRequest");
        body.Description = "call recording";
        body.File = new FilePart(new MemoryStream(Encoding.UTF8.GetBytes("RIFF....WAVE")), "call.wav", "audio/wav");
        body.Labels = new List<string> { "x", "y" };

        await generated.Client("BodiesClient", server, http).UploadAsync(body);

        var request = server.SingleRequest();
        Assert.StartsWith("multipart/form-data; boundary=", request.Header("Content-Type"), StringComparison.Ordinal);
        var text = request.BodyText;
        Assert.Contains("Content-Disposition: form-data; name=\"description\"\r\n\r\ncall recording\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Content-Type: audio/wav\r\nContent-Disposition: form-data; name=\"file\"; filename=\"call.wav\"", text, StringComparison.Ordinal);
        Assert.Contains("RIFF....WAVE", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("name=\"labels\"").Length - 1);
    }

    [Fact]
    public async Task Raw_bytes_go_out_with_the_media_type_the_caller_names()
    {
        using var generated = Generated.Compile("bodies.yaml", "Tests.Bodies");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();
        var client = generated.Client("BodiesClient", server, http);

        await client.PutMediaAsync("greeting", new MemoryStream(new byte[] { 1, 2, 3 }));
        await client.PutMediaAsync("doc", new MemoryStream(new byte[] { 4 }), contentType: "application/pdf");

        var requests = server.Requests.ToList();
        Assert.Equal("audio/wav", requests[0].Header("Content-Type"));
        Assert.Equal(new byte[] { 1, 2, 3 }, requests[0].Body);
        Assert.Equal("application/pdf", requests[1].Header("Content-Type"));
    }

    [Fact]
    public async Task A_binary_reply_is_a_stream_the_caller_owns()
    {
        using var generated = Generated.Compile("bodies.yaml", "Tests.Bodies");
        await using var server = new LoopbackHttpServer(new ScriptedResponse { Headers = { new("Content-Type", "application/octet-stream") }, Body = new byte[] { 9, 8, 7 } });
        using var http = new HttpClient();

        using Stream stream = await generated.Client("BodiesClient", server, http).GetMediaAsync("greeting");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(new byte[] { 9, 8, 7 }, copy.ToArray());
    }

    [Fact]
    public async Task An_xml_document_given_as_a_string_is_sent_as_text()
    {
        using var generated = Generated.Compile("bodies.yaml", "Tests.Bodies");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();

        await generated.Client("BodiesClient", server, http).PutBxmlAsync("<Bxml><SpeakSentence>Hi</SpeakSentence></Bxml>");

        var request = server.SingleRequest();
        Assert.Equal("application/xml", request.Header("Content-Type"));
        Assert.Equal("<Bxml><SpeakSentence>Hi</SpeakSentence></Bxml>", request.BodyText);
    }

    [Fact]
    public async Task An_operation_without_responses_takes_any_2xx_as_success()
    {
        using var generated = Generated.Compile("responses.yaml", "Tests.Responses");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(202, "Accepted"));
        using var http = new HttpClient();

        await generated.Client("ResponsesClient", server, http).PingAsync();

        Assert.Equal("POST", server.SingleRequest().Method);
    }

    [Theory]
    [InlineData(200, """{"state":"done"}""", "done")]
    [InlineData(202, "", null)]
    public async Task Each_documented_success_returns_its_result(int status, string body, string? state)
    {
        using var generated = Generated.Compile("responses.yaml", "Tests.Responses");
        await using var server = new LoopbackHttpServer(body.Length == 0 ? ScriptedResponse.Empty(status, "Accepted") : ScriptedResponse.Json(status, body));
        using var http = new HttpClient();

        var job = await generated.Client("ResponsesClient", server, http).GetJobAsync("j1");

        Assert.Equal(state, job is null ? null : (string?)job.State);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task Range_and_default_errors_carry_their_typed_body(int status)
    {
        using var generated = Generated.Compile("responses.yaml", "Tests.Responses");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(status, """{"message":"nope"}""", "Error"));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAnyAsync<ApiException>(async () => await generated.Client("ResponsesClient", server, http).GetJobAsync("j1"));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal("nope", (string)((dynamic)error.ErrorBody!).Message);
    }

    [Fact]
    public async Task An_undocumented_success_is_an_ApiException_with_the_raw_body()
    {
        using var generated = Generated.Compile("responses.yaml", "Tests.Responses");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(201, """{"state":"?"}""", "Created"));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ApiException>(async () => await generated.Client("ResponsesClient", server, http).GetJobAsync("j1"));

        Assert.Equal(201, error.StatusCode);
        Assert.Equal("""{"state":"?"}""", error.ResponseBody);
    }

    [Fact]
    public async Task Accept_lists_the_media_types_the_replies_document_each_once_and_json_first()
    {
        using var generated = Generated.Compile("media-types.yaml", "Tests.MediaTypes");
        await using var server = new LoopbackHttpServer(request => request.Path switch
        {
            "/pets/p1" => ScriptedResponse.Json(200, """{"name":"Rex"}"""),
            "/pets/p1/photo" => new ScriptedResponse { Headers = { new("Content-Type", "image/png") }, Body = new byte[] { 0x89 } },
            _ => ScriptedResponse.Empty(204),
        });
        using var http = new HttpClient();
        var client = generated.Client("MediaTypesClient", server, http);

        await client.GetPetAsync("p1");
        using (Stream photo = await client.GetPhotoAsync("p1"))
        {
        }

        await client.FeedPetAsync("p1");

        var accepted = server.Requests.Select(r => r.Header("Accept")).ToList();
        Assert.Equal("application/json, application/problem+json, application/xml, text/html", accepted[0]);
        Assert.Equal("application/json, image/png, image/jpeg", accepted[1]);
        Assert.Equal("*/*", accepted[2]);
    }

    [Fact]
    public void An_accept_header_parameter_is_not_the_callers_to_set()
    {
        using var generated = Generated.Compile("media-types.yaml", "Tests.MediaTypes");

        var parameters = generated.Type("MediaTypesClient").GetMethod("GetPetAsync")!.GetParameters().Select(p => p.Name);

        Assert.Equal(new[] { "id", "cancellationToken" }, parameters);
    }

    [Fact]
    public async Task A_documented_redirect_with_a_body_is_returned_like_a_success()
    {
        using var generated = Generated.Compile("redirects.yaml", "Tests.Redirects");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(307, """{"redirect_to":"https://storage.example.com/p1"}""", "Temporary Redirect"));
        using var http = new HttpClient();

        var data = await generated.Client("RedirectsClient", server, http).FetchPayloadDataAsync("p1");

        Assert.Equal(new Uri("https://storage.example.com/p1"), (Uri)data.RedirectTo);
    }

    [Fact]
    public async Task A_redirect_the_handler_is_told_not_to_follow_is_returned_with_its_body()
    {
        using var generated = Generated.Compile("redirects.yaml", "Tests.Redirects");
        var redirect = ScriptedResponse.Json(307, """{"redirect_to":"https://storage.example.com/p1"}""", "Temporary Redirect");
        redirect.Headers.Add(new("Location", "/stored/p1"));
        await using var server = new LoopbackHttpServer(redirect);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

        var data = await generated.Client("RedirectsClient", server, http).FetchPayloadDataAsync("p1");

        Assert.Equal("https://storage.example.com/p1", ((Uri)data.RedirectTo).AbsoluteUri);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_redirect_with_a_location_is_followed_by_default_and_the_target_reply_is_read_as_any_reply()
    {
        using var generated = Generated.Compile("redirects.yaml", "Tests.Redirects");
        var redirect = ScriptedResponse.Json(307, """{"redirect_to":"/stored/p1"}""", "Temporary Redirect");
        redirect.Headers.Add(new("Location", "/stored/p1"));
        await using var server = new LoopbackHttpServer(request => request.Path == "/stored/p1" ? ScriptedResponse.Json(200, """{"results":[1,2]}""") : redirect);
        using var http = new HttpClient();
        var client = generated.Client("RedirectsClient", server, http, options => options.Basic = new BasicCredentials("user", "secret"));

        // HttpClient follows it (dropping Authorization); the stored data is a 200 the operation does not document.
        var error = await Assert.ThrowsAsync<ApiException>(async () => await client.FetchPayloadDataAsync("p1"));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("""{"results":[1,2]}""", error.ResponseBody);
        Assert.Contains("which the operation does not document", error.Message, StringComparison.Ordinal);
        var requests = server.Requests.ToList();
        Assert.Equal(new[] { "/payloads/p1/data", "/stored/p1" }, requests.Select(r => r.Path));
        Assert.NotNull(requests[0].Header("Authorization"));
        Assert.Null(requests[1].Header("Authorization"));
    }

    [Theory]
    [InlineData(200, "r1")]
    [InlineData(303, "r0")]
    public async Task A_redirect_of_the_success_type_is_returned_as_the_success_is(int status, string id)
    {
        using var generated = Generated.Compile("redirects.yaml", "Tests.Redirects");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(status, $$"""{"id":"{{id}}"}"""));
        using var http = new HttpClient();

        var report = await generated.Client("RedirectsClient", server, http).GetReportAsync("r1");

        Assert.Equal(id, (string)report.Id);
    }

    [Fact]
    public async Task A_redirect_without_a_body_stays_an_ApiException()
    {
        using var generated = Generated.Compile("redirects.yaml", "Tests.Redirects");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(304, "Not Modified"));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ApiException>(async () => await generated.Client("RedirectsClient", server, http).GetReportAsync("r1"));

        Assert.Equal(304, error.StatusCode);
    }

    [Fact]
    public void Server_variables_default_from_the_spec_and_can_be_set()
    {
        using var generated = Generated.Compile("servers.yaml", "Tests.Servers");
        using var http = new HttpClient();
        dynamic options = Activator.CreateInstance(generated.Type("ServersClientOptions"))!;

        Assert.Equal("https://us1.api.example.com/v2", (string)((dynamic)Activator.CreateInstance(generated.Type("ServersClient"), http, options)!).BaseAddress);
        options.Region = "eu1";
        Assert.Equal("https://eu1.api.example.com/v2", (string)((dynamic)Activator.CreateInstance(generated.Type("ServersClient"), http, options)!).BaseAddress);
    }

    [Fact]
    public async Task Path_and_operation_servers_are_used_unless_a_base_address_is_set()
    {
        using var generated = Generated.Compile("servers.yaml", "Tests.Servers");
        var hosts = new List<string>();
        using var http = new HttpClient(new RecordingHandler(hosts));
        dynamic options = Activator.CreateInstance(generated.Type("ServersClientOptions"))!;
        dynamic client = Activator.CreateInstance(generated.Type("ServersClient"), http, options)!;

        await client.GetAAsync();
        await client.GetBAsync();
        await client.GetCAsync();

        Assert.Equal(new[] { "https://us1.api.example.com/v2/a", "https://uploads.example.com/b", "https://main.edge.example.com/c" }, hosts);
    }

    private sealed class RecordingHandler(List<string> uris) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            uris.Add(request.RequestUri!.AbsoluteUri);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
