using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConferenceGen.Generator.Tests.Infrastructure;

/// <summary>What one generator run produced, and how the result compiles.</summary>
internal sealed class GeneratorResult
{
    public GeneratorResult(CSharpGeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Driver = driver;
        Input = input;
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
        RunResult = driver.GetRunResult();
    }

    public CSharpGeneratorDriver Driver { get; }

    public Compilation Input { get; }

    public Compilation Output { get; }

    public GeneratorDriverRunResult RunResult { get; }

    /// <summary>Diagnostics the generator reported (CG…).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>Generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        RunResult.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>
    /// Compiler errors and warnings in the compilation that includes the generated code, emitted with an XML
    /// documentation file as projects with GenerateDocumentationFile do (so a missing doc comment counts).
    /// </summary>
    public IReadOnlyList<Diagnostic> CompileProblems => _compileProblems ??= Compile();

    private IReadOnlyList<Diagnostic>? _compileProblems;

    private List<Diagnostic> Compile()
    {
        using var image = new System.IO.MemoryStream();
        using var documentation = new System.IO.MemoryStream();
        return Output.Emit(image, xmlDocumentationStream: documentation).Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    public int GeneratedLines => Sources.Values.Sum(s => s.Split('\n').Length);

    public string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Take(30).Select(d => d.ToString()));
}
