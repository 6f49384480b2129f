using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace ConferenceGen.Generator.Tests.Corpus;

/// <summary>Every corpus spec generates code that compiles with zero errors and zero warnings, nullable enabled.</summary>
public sealed class CorpusCompilationTests
{
    private readonly ITestOutputHelper _output;

    public CorpusCompilationTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Specs => new(CorpusSpecs.Files);

    [SkippableTheory]
    [MemberData(nameof(Specs))]
    public void The_generated_code_compiles_without_errors_or_warnings(string file)
    {
        var result = GeneratorHarness.Run(CorpusSpecs.Load(file));

        var errors = result.CompileProblems.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.CompileProblems.Count(d => d.Severity == DiagnosticSeverity.Warning);
        _output.WriteLine($"{file}: {result.Sources.Count} files, {result.GeneratedLines} lines, {errors} errors, {warnings} warnings; generator diagnostics: "
            + string.Join(", ", result.GeneratorDiagnostics.GroupBy(d => (d.Id, d.Severity)).Select(g => $"{g.Key.Id}×{g.Count()} {g.Key.Severity.ToString().ToLowerInvariant()}")));
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CG0009");
        // Five of each warning, then one summary (docs/diagnostics.md#how-many-are-reported).
        Assert.All(
            result.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).GroupBy(d => d.Id),
            warnings => Assert.True(warnings.Count() <= ConferenceGen.Generator.Diagnostics.DiagnosticPolicy.WarningsPerId + 1, warnings.Key));
        Assert.All(result.Sources.Values, text => Assert.DoesNotContain("#pragma warning disable", text, System.StringComparison.Ordinal));
    }
}
