using System;
using System.Diagnostics;
using System.IO;
using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Emitting;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ConferenceGen.Benchmarks;

/// <summary>
/// Where a generator run spends its time, stage by stage, next to OpenAPI.NET's own parse of the same JSON text.
/// A diagnostic for finding hot spots, not a benchmark (single runs, no statistics): use GenerationBenchmarks for numbers.
/// </summary>
internal static class StageTimings
{
    public static void Run(string path, int rounds = 15)
    {
        var text = File.ReadAllText(path);
        var location = new Uri("file:///spec");
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            OpenApiDocument.Parse(text, "json", new OpenApiReaderSettings());
            var floor = Lap(watch);
            var node = System.Text.Json.Nodes.JsonNode.Parse(text)!;
            var tree = Lap(watch);
            DocumentRepair.Apply(node);
            ReferenceRepair.Apply(node);
            var pointerReferences = PointerReferenceRepair.Find(node);
            var repair = Lap(watch);
            var document = new OpenApiJsonReader().Read(node, location, new OpenApiReaderSettings()).Document!;
            PointerReferenceRepair.Apply(document, pointerReferences, isSwagger2: false);
            var read = Lap(watch);
            var diagnostics = new DiagnosticList(new SpecSourceMap(path, text, isJson: true));
            var units = new SpecModelBuilder(document, new SpecSettings("Benchmark", "TwilioClient", ConferenceGen.Generator.Model.Visibility.Public), Path.GetFileName(path), diagnostics).Build();
            var build = Lap(watch);
            foreach (var unit in units)
            {
                SourceEmitter.Emit(unit);
            }

            var emit = Lap(watch);
            Console.WriteLine($"parse floor {floor:F0} ms | tree {tree:F0} + repair {repair:F0} + read {read:F0} + build {build:F0} + emit {emit:F0} = {tree + repair + read + build + emit:F0} ms");
        }
    }

    private static double Lap(Stopwatch watch)
    {
        var elapsed = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        return elapsed;
    }
}
