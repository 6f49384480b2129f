using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ConferenceGen.CallBenchmarks;

// dotnet run -c Release --project benchmarks/ConferenceGen.CallBenchmarks -- --filter '*'   the benchmarks
// dotnet run --project benchmarks/ConferenceGen.CallBenchmarks -- smoke                    each once (CI)
// dotnet run -c Release --project benchmarks/ConferenceGen.CallBenchmarks -- calls 300000   that many generated
//   calls and nothing else, to time two builds of the runtime against each other as whole processes
if (args.Length == 2 && args[0] == "calls" && int.TryParse(args[1], out var count))
{
    var calls = new CallBenchmarks();
    calls.Setup();
    for (var i = 0; i < count; i++)
    {
        await calls.ConferenceGen();
    }

    return 0;
}

if (args.Length == 1 && args[0] == "smoke")
{
    await new CallBenchmarks().CheckSameWorkAsync();
    var smoke = DefaultConfig.Instance
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
    var summary = BenchmarkRunner.Run<CallBenchmarks>(smoke);
    return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
}

BenchmarkSwitcher.FromAssembly(typeof(CallBenchmarks).Assembly).Run(args);
return 0;
