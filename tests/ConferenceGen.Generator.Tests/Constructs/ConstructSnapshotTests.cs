using System.IO;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>What each construct spec generates, as reviewed; and that it compiles without a warning.</summary>
public sealed class ConstructSnapshotTests
{
    public static TheoryData<string> Specs => new(ConstructSpecs.Files);

    [Theory]
    [MemberData(nameof(Specs))]
    public void Each_construct_generates_the_reviewed_code(string file)
    {
        var result = GeneratorHarness.Run(ConstructSpecs.Load(file));

        var problems = result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, result.Describe(problems));
        Snapshot.Match("constructs/" + Path.GetFileNameWithoutExtension(file), result.Sources);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Each_construct_compiles_without_errors_or_warnings(string file)
    {
        var result = GeneratorHarness.Run(ConstructSpecs.Load(file));

        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
    }
}
