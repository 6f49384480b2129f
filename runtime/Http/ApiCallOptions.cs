using System;
using System.Collections.Generic;
using System.Net.Http;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// What one call (or every call of a client view made with <c>client.With(options)</c>) adds to what the client
/// does anyway: headers of its own, a shorter timeout, and permission to retry a request that is not idempotent.
/// </summary>
/// <remarks>
/// A view shares its client's <see cref="System.Net.Http.HttpClient"/>, credentials and pipeline: making one costs an
/// object, not a connection. Views made from views add up: headers are merged (the later view's value wins), the
/// shortest timeout applies, and a request may be retried when any of them says so.
/// </remarks>
public sealed class ApiCallOptions
{
    /// <summary>
    /// Headers sent with the request, beside (or in place of) the ones the client sends: an <c>Idempotency-Key</c>,
    /// a trace header. Each value passes the same check as every header value (no CR, LF or NUL).
    /// </summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The longest the call may take until its reply's headers arrive, and again while its body is read. It can only
    /// shorten <see cref="System.Net.Http.HttpClient.Timeout"/> and the resilience pipeline's own timeouts; null (the
    /// default) leaves them alone. When it passes, the call ends with a <see cref="System.Threading.Tasks.TaskCanceledException"/> whose
    /// inner exception is a <see cref="TimeoutException"/>, as <see cref="System.Net.Http.HttpClient"/>'s own timeout does.
    /// </summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>
    /// Whether the resilience pipeline (<c>AddConferenceGenResilience</c>) may retry this request although its method
    /// is not idempotent (POST, PATCH): say so only where the API makes a repeat harmless, for example with an
    /// <c>Idempotency-Key</c> it honours.
    /// </summary>
    public bool RetryUnsafeRequest { get; set; }

    /// <summary>Sees each reply before the call reads it (the whole-reply path); internal, so users never handle a live response.</summary>
    internal Action<HttpResponseMessage>? Observer { get; set; }

    /// <summary>The options of a view made from a view: <paramref name="added"/> on top of <paramref name="existing"/>.</summary>
    internal static ApiCallOptions Combine(ApiCallOptions? existing, ApiCallOptions added)
    {
        Guard.NotNull(added);
        if (existing is null)
        {
            return added.Checked();
        }

        var combined = new ApiCallOptions
        {
            Timeout = Shortest(existing.Timeout, added.Timeout),
            RetryUnsafeRequest = existing.RetryUnsafeRequest || added.RetryUnsafeRequest,
            Observer = existing.Observer + added.Observer,
        };
        foreach (var header in existing.Headers)
        {
            combined.Headers[header.Key] = header.Value;
        }

        foreach (var header in added.Headers)
        {
            combined.Headers[header.Key] = header.Value;
        }

        return combined.Checked();
    }

    /// <summary>Refuses what could never be sent, when the view is made rather than at the first call.</summary>
    private ApiCallOptions Checked()
    {
        if (Timeout is { } timeout && timeout <= TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), timeout, "Timeout must be positive.");
        }

        foreach (var header in Headers)
        {
            HeaderValue.Checked(header.Value, nameof(Headers));
        }

        return this;
    }

    private static TimeSpan? Shortest(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
