using System.Diagnostics;
using System.Threading.Tasks;
using ConferenceGen.Prism.Tests.Calls;
using ConferenceGen.Prism.Tests.Generation;
using ConferenceGen.Prism.Tests.Prism;
using ConferenceGen.Prism.Tests.Specs;
using Xunit.Abstractions;

namespace ConferenceGen.Prism.Tests;

/// <summary>
/// The check of one spec: Prism mocks the API from the spec, the generated client calls every operation (the required
/// arguments alone, then every option), and every request must be accepted and every reply read, but for the calls
/// <see cref="PrismLimitations"/> explains. Prints the counts; fails with each failure and what was on the wire.
/// </summary>
internal static class SpecAgainstPrism
{
    public static async Task CheckAsync(string spec, ITestOutputHelper output)
    {
        var watch = Stopwatch.StartNew();
        var source = WireSpecs.Resolve(spec);

        // Prism reads the spec while the generator runs.
        await using var prism = PrismMockServer.Start(source.PrismPath);
        using var api = GeneratedApi.Generate(source.Generator, source.Fragments);
        await prism.WaitUntilListeningAsync();
        var ready = watch.Elapsed;

        // A spec that generated no operation would pass with no call made (a split spec whose references were not followed).
        Assert.True(api.Operations.Count > 0, $"{spec} generated no operation.");
        var report = await WireCheck.RunAsync(spec, api, prism);
        output.WriteLine(report.Summary + $" ({ready.TotalSeconds:0} s to generate and start Prism, {(watch.Elapsed - ready).TotalSeconds:0} s of calls)");
        output.WriteLine(report.DescribeAllowed());
        Assert.True(report.Failures.Count == 0, report.DescribeFailures());
    }
}
