using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using ConferenceGen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConferenceGen.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the generator the way the compiler does (a <see cref="CSharpGeneratorDriver"/> with additional files
/// and MSBuild options) and compiles what it produced against .NET 10 and the ConferenceGen runtime.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        Net100.References.All.Cast<MetadataReference>()
            .Concat(new[] { MetadataReference.CreateFromFile(typeof(ConferenceGen.Runtime.ApiException).Assembly.Location) })
            // What the ConferenceGen package brings along (dependency injection, IHttpClientFactory, resilience).
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll").Select(path => MetadataReference.CreateFromFile(path)))
            .ToImmutableArray());

    public static string RepositoryFile(params string[] parts) => Path.Combine(new[] { AppContext.BaseDirectory }.Concat(parts).ToArray());

    public static SpecFile ProjectSpec(string fileName) =>
        new("/project/specs/" + fileName, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "specs", fileName)));

    public static GeneratorResult Run(params SpecFile[] specs) => Run(specs, userSource: null);

    /// <summary>
    /// Runs the generator on a worker, so that a hang fails the test instead of stalling the run, and asserts what
    /// must hold for any input: no exception out of the generator and no internal error (CG0009).
    /// </summary>
    public static GeneratorResult RunWithin(SpecFile spec, TimeSpan limit) => RunWithin([spec], limit);

    /// <summary>As <see cref="RunWithin(SpecFile, TimeSpan)"/>, for the files of one project.</summary>
    public static GeneratorResult RunWithin(SpecFile[] specs, TimeSpan limit)
    {
        var run = System.Threading.Tasks.Task.Run(() => Run(specs));
        Assert.True(run.Wait(limit), $"Generating {specs[0].Path} took longer than {limit.TotalSeconds} s.");
        var result = run.Result;
        Assert.All(result.RunResult.Results, r => Assert.Null(r.Exception));
        var internalError = result.GeneratorDiagnostics.FirstOrDefault(d => d.Id == "CG0009");
        Assert.True(internalError is null, internalError?.ToString());
        return result;
    }

    public static GeneratorResult Run(IEnumerable<SpecFile> specs, string? userSource, IReadOnlyDictionary<string, string>? properties = null) =>
        Run(specs, userSource, ParseOptions, properties);

    /// <summary>Runs the generator in a compilation of another C# version (the generator reads it from the parse options).</summary>
    public static GeneratorResult Run(IEnumerable<SpecFile> specs, string? userSource, CSharpParseOptions parseOptions, IReadOnlyDictionary<string, string>? properties = null)
    {
        var driver = CreateDriver(specs, properties).WithUpdatedParseOptions(parseOptions);
        var compilation = CreateCompilation(userSource, parseOptions);
        var ran = (CSharpGeneratorDriver)driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorResult(ran, compilation, output, generatorDiagnostics);
    }

    public static CSharpGeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, IReadOnlyDictionary<string, string>? properties = null) =>
        CreateDriver(specs, out _, properties);

    public static CSharpGeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, out IReadOnlyList<AdditionalText> texts, IReadOnlyDictionary<string, string>? properties = null)
    {
        var list = specs.ToList();
        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Tests" };
        foreach (var pair in properties ?? new Dictionary<string, string>())
        {
            global["build_property." + pair.Key] = pair.Value;
        }

        // Every file is a spec item unless its metadata says otherwise (ConferenceGenSpec=false for a file the package
        // adds only as a fragment of a spec's folder).
        var byPath = list.ToDictionary(
            s => s.Path,
            s => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(
                new[] { new KeyValuePair<string, string>("build_metadata.AdditionalFiles.ConferenceGenSpec", "true") }
                    .Concat((s.Metadata ?? new Dictionary<string, string>()).Select(m => new KeyValuePair<string, string>("build_metadata.AdditionalFiles." + m.Key, m.Value)))
                    .GroupBy(pair => pair.Key)
                    .Select(group => group.Last())));

        texts = list.Select(s => (AdditionalText)new TestAdditionalText(s.Path, s.Text)).ToList();
        return CSharpGeneratorDriver.Create(
            new[] { new ConferenceGenGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new TestAnalyzerConfigOptionsProvider(global, byPath),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static CSharpCompilation CreateCompilation(string? userSource = null, CSharpParseOptions? parseOptions = null) =>
        CSharpCompilation.Create(
            "GeneratedClients",
            userSource is null ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(userSource, parseOptions ?? ParseOptions, path: "User.cs") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
                // As the .NET SDK does: binding redirects between framework versions are not problems.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
}
