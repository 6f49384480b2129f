using System.IO;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Corpus;

public sealed class ScratchDump
{
    [SkippableTheory]
    [InlineData("twilio/twilio_api_v2010.json")]
    [InlineData("bandwidth/bandwidth.yml")]
    [InlineData("openapi-generator/petstore-with-fake-endpoints-models-for-testing.yaml")]
    [InlineData("openapi-generator/3_1/petstore.yaml")]
    public void Dump(string file)
    {
        var result = GeneratorHarness.Run(CorpusSpecs.Load(file));
        var dir = Path.Combine("/tmp/corpus-gen", Path.GetFileNameWithoutExtension(file));
        Directory.CreateDirectory(dir);
        foreach (var (hint, text) in result.Sources) File.WriteAllText(Path.Combine(dir, hint), text);
        File.WriteAllLines(Path.Combine(dir, "_diagnostics.txt"), result.GeneratorDiagnostics.Select(d => d.ToString()));
    }
}

public sealed class ScratchCrash
{
    [SkippableFact]
    public void Crash()
    {
        var spec = CorpusSpecs.Load("openapi-generator/petstore-with-fake-endpoints-models-for-testing.yaml");
        var map = new ConferenceGen.Generator.Reading.SpecSourceMap(spec.Path, spec.Text, false);
        var diags = new ConferenceGen.Generator.Diagnostics.DiagnosticList(map);
        var doc = ConferenceGen.Generator.Reading.SpecReader.Read("x", spec.Text, false, diags)!;
        new ConferenceGen.Generator.Building.SpecModelBuilder(doc, new ConferenceGen.Generator.Model.SpecSettings("A", "B", "public"), "x", diags).Build();
    }
}
