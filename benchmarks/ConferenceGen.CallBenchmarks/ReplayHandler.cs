using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.CallBenchmarks;

/// <summary>Answers every request with the same bytes, in memory: what is measured is the client, not a network.</summary>
internal sealed class ReplayHandler(byte[] reply, bool record = false) : HttpMessageHandler
{
    /// <summary>The last request as method, URI, accept, user agent, authorization, content type and body (when recording).</summary>
    public string? LastRequest { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (record)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            LastRequest = $"{request.Method} {request.RequestUri} | {request.Headers.Accept} | {request.Headers.UserAgent} | {request.Headers.Authorization} | {request.Content?.Headers.ContentType} | {body}";
        }

        var content = new ByteArrayContent(reply);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
