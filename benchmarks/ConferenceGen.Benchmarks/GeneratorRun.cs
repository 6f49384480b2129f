using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using ConferenceGen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConferenceGen.Benchmarks;

/// <summary>The generator driven the way the compiler drives it: one spec as an additional file, marked as a spec.</summary>
internal static class GeneratorRun
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpGeneratorDriver Driver(AdditionalText spec) =>
        CSharpGeneratorDriver.Create(
            new[] { new ConferenceGenGenerator().AsSourceGenerator() },
            new[] { spec },
            ParseOptions,
            new SpecOptions(spec.Path),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public static CSharpCompilation Compilation(string userCode) =>
        CSharpCompilation.Create("Benchmark", new[] { CSharpSyntaxTree.ParseText(userCode, ParseOptions, path: "User.cs") });

    public sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class SpecOptions(string specPath) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Spec = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ConferenceGenSpec"] = "true" });
        private static readonly Options None = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Benchmark" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == specPath ? Spec : None;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
