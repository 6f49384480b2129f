using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ConferenceGen.Runtime.DependencyInjection;

/// <summary>
/// The pipeline of Microsoft.Extensions.Http.Resilience's standard handler, with its default settings, built from
/// Polly.Core for the targets where that package reports itself unsupported (.NET Framework): outermost first, a
/// limit of 1,000 concurrent requests, a 30 s total timeout, 3 retries (exponential from 2 s, with jitter, or as
/// <c>Retry-After</c> says), a circuit breaker (opens for 5 s when 10% of at least 100 requests in 30 s fail) and a
/// 10 s timeout per attempt.
/// </summary>
internal static class StandardResiliencePipeline
{
    public static readonly ResiliencePropertyKey<HttpRequestMessage> Request = new("ConferenceGen.Request");

    public static ResiliencePipeline<HttpResponseMessage> Create(bool retryUnsafeRequests) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddConcurrencyLimiter(permitLimit: 1000, queueLimit: 0)
            .AddTimeout(TimeSpan.FromSeconds(30))
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(2),
                ShouldHandle = arguments => new ValueTask<bool>(
                    (retryUnsafeRequests || MayRepeat(arguments.Context)) && IsTransient(arguments.Outcome)),
                DelayGenerator = arguments => new ValueTask<TimeSpan?>(RetryAfter(arguments.Outcome.Result)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = 0.1,
                MinimumThroughput = 100,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(5),
                ShouldHandle = arguments => new ValueTask<bool>(IsTransient(arguments.Outcome)),
            })
            .AddTimeout(TimeSpan.FromSeconds(10))
            .Build();

    /// <summary>Connection failures, attempt timeouts, 408, 429 and 5xx: what the standard handler treats as transient.</summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result is { StatusCode: var status } && ((int)status >= 500 || status == HttpStatusCode.RequestTimeout || (int)status == 429);

    // An idempotent method, or a call that said the API makes a repeat harmless (ApiCallOptions.RetryUnsafeRequest).
    private static bool MayRepeat(ResilienceContext context) =>
        !context.Properties.TryGetValue(Request, out var request) || ResilienceExtensions.IsIdempotent(request.Method) || ConferenceGen.Runtime.Http.RequestMarks.RetryAllowed(request);

    /// <summary>The wait a reply's <c>Retry-After</c> asks for (seconds or a date), or null for the backoff's own.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
