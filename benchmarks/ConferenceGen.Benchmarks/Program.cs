using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ConferenceGen.Benchmarks;

// dotnet run -c Release --project benchmarks/ConferenceGen.Benchmarks -- --filter '*'      the benchmarks
// dotnet run -c Release --project benchmarks/ConferenceGen.Benchmarks -- generate SPEC DIR  write generated files (for the peer script)
// dotnet run -c Release --project benchmarks/ConferenceGen.Benchmarks -- stages SPEC.json    time each stage of one run (a diagnostic)
// dotnet run -c Release --project benchmarks/ConferenceGen.Benchmarks -- count DIR          the types the .cs files under DIR declare, by kind
// dotnet run --project benchmarks/ConferenceGen.Benchmarks -- smoke                          run each benchmark once (CI)
if (args.Length == 3 && args[0] == "generate")
{
    var spec = new GeneratorRun.Text(Path.GetFullPath(args[1]), File.ReadAllText(args[1]));
    var result = GeneratorRun.Driver(spec).RunGenerators(GeneratorRun.Compilation("class UserCode { }")).GetRunResult();
    Directory.CreateDirectory(args[2]);
    foreach (var source in result.GeneratedTrees)
    {
        File.WriteAllText(Path.Combine(args[2], Path.GetFileName(source.FilePath)), source.GetText().ToString());
    }

    var errors = result.Diagnostics.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning))
    {
        Console.WriteLine(diagnostic.ToString() is { Length: > 1000 } text ? text[..1000] + "…" : diagnostic.ToString());
    }

    // Counted by ID, so that a change's effect on a spec's warnings can be measured.
    var counts = result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}");
    Console.WriteLine($"{result.GeneratedTrees.Length} files, {errors} generator errors; diagnostics: {string.Join(", ", counts)}");
    if (Environment.GetEnvironmentVariable("CONFERENCEGEN_ALL_DIAGNOSTICS") is { Length: > 0 } listFile)
    {
        File.WriteAllLines(listFile, result.Diagnostics.Select(d => d.ToString()));
    }

    return errors == 0 ? 0 : 1;
}

if (args.Length == 2 && args[0] == "stages")
{
    StageTimings.Run(args[1]);
    return 0;
}

if (args.Length == 2 && args[0] == "count")
{
    TypeCounts.Print(args[1]);
    return 0;
}

if (args.Length == 1 && args[0] == "smoke")
{
    // CI: every benchmark once, in this process, from whatever build is there: it proves they run, it measures nothing.
    var smoke = DefaultConfig.Instance
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.JoinSummary);
    var summaries = BenchmarkRunner.Run(typeof(GenerationBenchmarks).Assembly, smoke);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}

BenchmarkSwitcher.FromAssembly(typeof(GenerationBenchmarks).Assembly).Run(args);
return 0;
