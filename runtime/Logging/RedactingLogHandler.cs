using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace ConferenceGen.Runtime.Logging;

/// <summary>
/// Logs each request and reply through <see cref="ILogger"/>: method, path, status and duration at Information;
/// headers at Debug with credentials redacted (Authorization, cookies, API key headers and any configured header).
/// Query strings are never logged, since API keys travel there too; bodies are never logged.
/// </summary>
public sealed partial class RedactingLogHandler : DelegatingHandler
{
    private static readonly string[] AlwaysRedacted = ["Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Api-Key", "Api-Key"];

    private readonly ILogger _logger;
    private readonly HashSet<string> _redacted;

    /// <summary>Creates the handler; <paramref name="redactedHeaders"/> adds headers to redact.</summary>
    public RedactingLogHandler(ILogger logger, IEnumerable<string>? redactedHeaders = null)
    {
        Guard.NotNull(logger);
        _logger = logger;
        _redacted = new HashSet<string>(AlwaysRedacted.Concat(redactedHeaders ?? Enumerable.Empty<string>()), StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Guard.NotNull(request);
        var path = request.RequestUri?.GetLeftPart(UriPartial.Path) ?? string.Empty;
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            LogRequestHeaders(_logger, request.Method.Method, path, Headers(request.Headers, request.Content?.Headers));
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            LogReply(_logger, request.Method.Method, path, (int)response.StatusCode, Elapsed.Since(started).TotalMilliseconds);
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                LogResponseHeaders(_logger, (int)response.StatusCode, Headers(response.Headers, response.Content.Headers));
            }

            return response;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            LogFailure(_logger, request.Method.Method, path, Elapsed.Since(started).TotalMilliseconds, e.GetType().Name);
            throw;
        }
    }

    /// <summary>Headers as one line, with the value of every redacted header replaced.</summary>
    internal string Headers(System.Net.Http.Headers.HttpHeaders first, System.Net.Http.Headers.HttpHeaders? second) =>
        string.Join("; ", first.Concat(second ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .Select(h => h.Key + ": " + (_redacted.Contains(h.Key) ? "[redacted]" : string.Join(", ", h.Value))));

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "HTTP {Method} {Path} answered {Status} in {ElapsedMilliseconds:F1} ms")]
    private static partial void LogReply(ILogger logger, string method, string path, int status, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "HTTP {Method} {Path} request headers: {Headers}")]
    private static partial void LogRequestHeaders(ILogger logger, string method, string path, string headers);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "HTTP reply {Status} headers: {Headers}")]
    private static partial void LogResponseHeaders(ILogger logger, int status, string headers);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "HTTP {Method} {Path} failed after {ElapsedMilliseconds:F1} ms: {Error}")]
    private static partial void LogFailure(ILogger logger, string method, string path, double elapsedMilliseconds, string error);
}
