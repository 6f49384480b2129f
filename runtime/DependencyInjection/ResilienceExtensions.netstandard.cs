using Microsoft.Extensions.DependencyInjection;

namespace ConferenceGen.Runtime.DependencyInjection;

public static partial class ResilienceExtensions
{
    // One pipeline per registration, shared by the handlers IHttpClientFactory recreates, so that the circuit
    // breaker's state outlives a handler's lifetime (as the standard handler's named pipeline does).
    private static IHttpClientBuilder AddStandardPipeline(IHttpClientBuilder builder, bool retryUnsafeRequests)
    {
        var pipeline = StandardResiliencePipeline.Create(retryUnsafeRequests);
        return builder.AddHttpMessageHandler(() => new ResiliencePipelineHandler(pipeline));
    }
}
