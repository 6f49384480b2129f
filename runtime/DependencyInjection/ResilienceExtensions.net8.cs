using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ConferenceGen.Runtime.DependencyInjection;

public static partial class ResilienceExtensions
{
    /// <summary>
    /// <see cref="AddConferenceGenResilience(IHttpClientBuilder, bool)"/> with the standard handler's options to change
    /// (.NET 8 and later only: on netstandard2.0 the pipeline has the standard handler's defaults).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The two AddConferenceGenResilience overloads (the second on net8.0 only) are one design, declared together before the first release and told apart by the required configure delegate.")]
    public static IHttpClientBuilder AddConferenceGenResilience(
        this IHttpClientBuilder builder,
        Action<HttpStandardResilienceOptions> configure,
        bool retryUnsafeRequests = false)
    {
        Guard.NotNull(builder);
        Guard.NotNull(configure);
        return AddStandardPipeline(builder, retryUnsafeRequests, configure);
    }

    private static IHttpClientBuilder AddStandardPipeline(IHttpClientBuilder builder, bool retryUnsafeRequests, Action<HttpStandardResilienceOptions>? configure = null)
    {
        builder.AddStandardResilienceHandler(options =>
        {
            options.Retry.ShouldRetryAfterHeader = true;
            options.Retry.ShouldHandle = arguments =>
            {
                var request = arguments.Context.GetRequestMessage();
                var allowed = retryUnsafeRequests || request is null || IsIdempotent(request.Method) || ConferenceGen.Runtime.Http.RequestMarks.RetryAllowed(request);
                return new ValueTask<bool>(allowed && HttpClientResiliencePredicates.IsTransient(arguments.Outcome));
            };

            configure?.Invoke(options);
        });
        return builder;
    }
}
