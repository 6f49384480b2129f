using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Prism.Tests.Prism;

namespace ConferenceGen.Prism.Tests.Calls;

/// <summary>Keeps the last request the client sent and the reply it got, as they were on the wire, for verdicts and failure messages.</summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    public RecordingHandler()
        : base(new SocketsHttpHandler())
    {
    }

    public Exchange? Last { get; private set; }

    public void Forget() => Last = null;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = null;
        if (request.Content is not null)
        {
            // Buffered, the content can be read here and still be sent.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            body = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }

        var exchange = new Exchange(request.Method.Method, request.RequestUri!.PathAndQuery, request.Content?.Headers.ContentType?.ToString(), body);
        Last = exchange;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        exchange.Duration = watch.Elapsed;
        exchange.Status = (int)response.StatusCode;
        exchange.ReplyContentType = response.Content.Headers.ContentType?.ToString();
        exchange.ReplyBody = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        exchange.Violations = response.Headers.TryGetValues(PrismRejection.ViolationsHeader, out var values) ? values.FirstOrDefault() : null;
        return response;
    }
}

/// <summary>One request and its reply.</summary>
internal sealed class Exchange(string method, string target, string? contentType, string? body)
{
    public string Method { get; } = method;

    /// <summary>The path and query as sent.</summary>
    public string Target { get; } = target;

    public string? ContentType { get; } = contentType;

    public string? Body { get; } = body;

    /// <summary>The reply's status; 0 when no reply came.</summary>
    public int Status { get; set; }

    public string? ReplyContentType { get; set; }

    public string? ReplyBody { get; set; }

    /// <summary>How long Prism took to answer (for the report: Prism's dynamic replies can be megabytes).</summary>
    public System.TimeSpan Duration { get; set; }

    /// <summary>Prism's <c>sl-violations</c> header, when it sent one.</summary>
    public string? Violations { get; set; }
}
