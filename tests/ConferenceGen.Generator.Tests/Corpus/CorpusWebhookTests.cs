using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Xunit;

namespace ConferenceGen.Generator.Tests.Corpus;

/// <summary>Bandwidth's real spec declares callbacks by $ref (components/callbacks): each becomes a typed receiver that compiles clean.</summary>
public sealed class CorpusWebhookTests
{
    [SkippableFact]
    public void Bandwidths_callbacks_by_reference_become_typed_receivers_that_compile_clean()
    {
        var result = GeneratorHarness.Run(CorpusSpecs.Load("bandwidth/bandwidth.yml"));

        var webhooks = result.Sources.Single(source => source.Key.EndsWith("Webhooks.g.cs", System.StringComparison.Ordinal)).Value;
        Assert.Contains("WebhookReceiver<StatusCallback> CreateMessageStatusCallback { get; }", webhooks, System.StringComparison.Ordinal);
        Assert.Contains("WebhookReceiver<StatusCallback> CreateMultiChannelMessageStatusCallback { get; }", webhooks, System.StringComparison.Ordinal);
        Assert.Contains("WebhookReceiver<RequestTollFreeVerificationTfVerificationStatusPayload> RequestTollFreeVerificationTfVerificationStatus { get; }", webhooks, System.StringComparison.Ordinal);
        Assert.Contains("WebhookReceiver<EndpointEvent> CreateEndpointEndpointEventCallback { get; }", webhooks, System.StringComparison.Ordinal);
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
    }
}
