using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ConferenceGen.Runtime.DependencyInjection;

/// <summary>Resilience through Microsoft.Extensions.Http.Resilience (Polly), with defaults that are safe for APIs that move money and calls.</summary>
public static class ResilienceExtensions
{
    /// <summary>
    /// The standard resilience pipeline (total and per-attempt timeouts, retries with jitter, circuit breaker) with
    /// one change: requests that are not idempotent (POST, PATCH) are never retried unless
    /// <paramref name="retryUnsafeRequests"/> says the API makes them safe, because a retried POST can send an SMS or
    /// place a call twice. Retries happen on 408, 429, 5xx and connection failures, and wait as <c>Retry-After</c> says.
    /// </summary>
    public static IHttpClientBuilder AddConferenceGenResilience(
        this IHttpClientBuilder builder,
        bool retryUnsafeRequests = false,
        Action<HttpStandardResilienceOptions>? configure = null)
    {
        Guard.NotNull(builder);
        builder.AddStandardResilienceHandler(options =>
        {
            options.Retry.ShouldRetryAfterHeader = true;
            options.Retry.ShouldHandle = arguments =>
            {
                var request = arguments.Context.GetRequestMessage();
                var allowed = retryUnsafeRequests || request is null || IsIdempotent(request.Method);
                return new ValueTask<bool>(allowed && HttpClientResiliencePredicates.IsTransient(arguments.Outcome));
            };

            configure?.Invoke(options);
        });
        return builder;
    }

    // Hidden: the retry rule AddConferenceGenResilience applies, not an API of its own.
    /// <summary>RFC 9110 section 9.2.2: methods whose repetition has the same effect as one request.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace
        || method == HttpMethod.Put || method == HttpMethod.Delete;
}
