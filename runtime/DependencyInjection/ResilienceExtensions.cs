using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ConferenceGen.Runtime.DependencyInjection;

/// <summary>
/// Resilience with defaults that are safe for APIs that move money and calls: on .NET 8 and later
/// Microsoft.Extensions.Http.Resilience's standard handler; on .NET Framework and netstandard2.0, where that package
/// says it is not supported, the same pipeline built from Polly.Core (<c>StandardResiliencePipeline</c>).
/// </summary>
public static partial class ResilienceExtensions
{
    /// <summary>
    /// The standard resilience pipeline (total and per-attempt timeouts, retries with jitter, circuit breaker) with
    /// one change: requests that are not idempotent (POST, PATCH) are never retried unless
    /// <paramref name="retryUnsafeRequests"/> says the API makes them safe, because a retried POST can send an SMS or
    /// place a call twice. Retries happen on 408, 429, 5xx and connection failures, and wait as <c>Retry-After</c> says.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The two AddConferenceGenResilience overloads (the second on net8.0 only) are one design, declared together before the first release and told apart by the required configure delegate.")]
    public static IHttpClientBuilder AddConferenceGenResilience(this IHttpClientBuilder builder, bool retryUnsafeRequests = false)
    {
        Guard.NotNull(builder);
        return AddStandardPipeline(builder, retryUnsafeRequests);
    }

    // Hidden: the retry rule AddConferenceGenResilience applies, not an API of its own.
    /// <summary>RFC 9110 section 9.2.2: methods whose repetition has the same effect as one request.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace
        || method == HttpMethod.Put || method == HttpMethod.Delete;
}
