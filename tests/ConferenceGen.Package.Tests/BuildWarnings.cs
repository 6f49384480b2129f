using System;
using System.Linq;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// The warnings of a consumer's build: there must be none, from ConferenceGen, the generated code or the packages
/// ConferenceGen brings (on .NET Framework, Microsoft.Extensions.Http.Resilience 9.x would bring "doesn't support
/// net4xx" notices, which is why the netstandard2.0 runtime builds its pipeline from Polly.Core).
/// </summary>
internal static class BuildWarnings
{
    public static void AssertNone(string output)
    {
        var warnings = output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(": warning ", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }
}
