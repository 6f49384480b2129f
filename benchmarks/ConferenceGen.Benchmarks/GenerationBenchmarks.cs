using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ConferenceGen.Benchmarks;

/// <summary>
/// Twilio's 2010 spec (1.9 MB JSON, and its YAML twin): a cold generator run, the OpenAPI.NET parse of the same
/// text (the floor), and the two re-runs an IDE causes: after an unrelated C# edit, and after a one-line spec edit.
/// </summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private string _text = string.Empty;
    private AdditionalText _spec = null!;
    private AdditionalText _editedSpec = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warmDriver = null!;

    [Params("json", "yaml")]
    public string Format { get; set; } = "json";

    [GlobalSetup]
    public void Setup()
    {
        var path = Specs.Twilio(Format);
        _text = File.ReadAllText(path);
        _spec = new GeneratorRun.Text("/project/specs/twilio_api_v2010." + Format, _text);

        // One operation's summary changes: what an edit of the spec in the IDE looks like.
        var edited = _text.Replace("Update a conference", "Update one conference", System.StringComparison.Ordinal);
        _editedSpec = new GeneratorRun.Text(_spec.Path, edited == _text ? _text + "\n" : edited);

        _compilation = GeneratorRun.Compilation("class UserCode { }");
        _editedCompilation = _compilation.ReplaceSyntaxTree(
            _compilation.SyntaxTrees[0],
            CSharpSyntaxTree.ParseText("class UserCode { int _typed; }", GeneratorRun.ParseOptions, path: "User.cs"));
        _warmDriver = GeneratorRun.Driver(_spec).RunGenerators(_compilation);
    }

    /// <summary>Read, model and emit from scratch, as the first build of a project does.</summary>
    [Benchmark]
    public GeneratorDriver ColdGeneration() => GeneratorRun.Driver(_spec).RunGenerators(_compilation);

    /// <summary>OpenAPI.NET alone parsing the same text: no generator can be faster than its reader.</summary>
    [Benchmark(Baseline = true)]
    public OpenApiDocument? ParseFloor()
    {
        var settings = new OpenApiReaderSettings();
        if (Format == "yaml")
        {
            settings.AddYamlReader();
        }

        return OpenApiDocument.Parse(_text, Format, settings).Document;
    }

    /// <summary>A keystroke in C# code: nothing about the spec changed.</summary>
    [Benchmark]
    public GeneratorDriver RerunAfterCSharpEdit() => _warmDriver.RunGenerators(_editedCompilation);

    /// <summary>A one-line edit of the spec: it is read again; only the changed file is emitted again.</summary>
    [Benchmark]
    public GeneratorDriver RerunAfterSpecEdit() => _warmDriver.ReplaceAdditionalText(_spec, _editedSpec).RunGenerators(_compilation);
}
