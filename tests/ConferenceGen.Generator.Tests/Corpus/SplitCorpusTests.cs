using System;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ConferenceGen.Generator.Tests.Corpus;

/// <summary>
/// The corpus's two specs split over several files (Redocly's starter with file-per-schema layout, and Teliax's IVY
/// API with JSON pointers into path files and a components file), dropped into specs/ as their vendors ship them:
/// one client each, every operation, no diagnostic, and code that compiles without a warning.
/// </summary>
public sealed class SplitCorpusTests(ITestOutputHelper output)
{
    // Operations per spec, as SOURCES.md counts them (Redocly's webhook is no client operation).
    public static TheoryData<string, string, int, string> Specs => new()
    {
        { "split/redocly-cafe/openapi", "openapi.yaml", 12, "Tests.Cafe.Openapi.OpenapiClient" },
        { "split/teliax-ivy/openapi/ringer_business", "main.yaml", 40, "Tests.Ivy.Main.MainClient" },
    };

    [SkippableTheory]
    [MemberData(nameof(Specs))]
    public void A_split_spec_makes_one_client_with_every_operation_that_compiles_without_diagnostics(string folder, string entry, int operations, string client)
    {
        var project = folder.Contains("redocly", StringComparison.Ordinal) ? "cafe" : "ivy";
        var files = CorpusSpecs.LoadFolder(folder, project);
        Assert.Contains(files, f => f.Path.EndsWith("/" + project + "/" + entry, StringComparison.Ordinal));

        var result = GeneratorHarness.Run(files.ToArray());

        output.WriteLine($"{folder}: {files.Count} files, {result.Sources.Count} generated files, {result.GeneratedLines} lines; generator diagnostics: {result.GeneratorDiagnostics.Length}");
        Assert.True(result.GeneratorDiagnostics.IsEmpty, result.Describe(result.GeneratorDiagnostics));
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
        var methods = result.Sources.Keys.Where(key => key.StartsWith(client + ".", StringComparison.Ordinal) && key.EndsWith("Async.g.cs", StringComparison.Ordinal)).ToList();
        Assert.Equal(operations, methods.Count);
        Assert.All(result.Sources.Keys, key => Assert.StartsWith("Tests." + char.ToUpperInvariant(project[0]) + project[1..] + ".", key, StringComparison.Ordinal));
    }
}
