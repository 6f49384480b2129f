using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// The warnings of a consumer's build. One kind is not ConferenceGen's and not the generated code's: on .NET
/// Framework, each Microsoft.Extensions package of the dotnet/extensions repository at 9.10.0 (Http.Resilience and
/// what it brings: Resilience, Telemetry, Http.Diagnostics, ...) warns that it "doesn't support net4xx and has
/// not been tested with it", although it ships a net462 build. Those are allowed, by their exact text, and counted;
/// <c>&lt;SuppressTfmSupportBuildWarnings&gt;true&lt;/SuppressTfmSupportBuildWarnings&gt;</c> silences them.
/// </summary>
internal static class BuildWarnings
{
    private static readonly Regex TfmSupport = new(
        @"buildTransitive/net462/Microsoft\.Extensions\.[A-Za-z.]+\.targets\(\d+,\d+\): warning : Microsoft\.Extensions\.[A-Za-z.]+ 9\.10\.0 doesn't support net4\d+ and has not been tested with it\.");

    public static void AssertNoneButTfmSupportNotices(string output)
    {
        var warnings = output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(": warning ", StringComparison.Ordinal)).Distinct().ToList();
        var others = warnings.Where(w => !TfmSupport.IsMatch(w)).ToList();
        Assert.True(others.Count == 0, string.Join("\n", others));
    }
}
