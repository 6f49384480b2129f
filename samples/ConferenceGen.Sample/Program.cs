using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Runtime;
using ConferenceGen.Sample;

// Usage: dotnet run --project samples/ConferenceGen.Sample [-- [--live] [vendor…]]
//   without --live: every call goes to an embedded server on 127.0.0.1 that answers as the vendors document;
//   with --live: calls go to the vendors' real APIs with credentials from environment variables.
IVendorDemo[] demos = [new TwilioDemo(), new SignalWireDemo(), new BandwidthVoiceDemo(), new CatapultDemo()];
var live = args.Contains("--live");
var chosen = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
var selected = demos.Where(d => chosen.Count == 0 || chosen.Contains(d.Name)).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"Unknown vendor. Choose from: {string.Join(", ", demos.Select(d => d.Name))}.");
    return 2;
}

using var embedded = live ? null : new EmbeddedVendorServer((request, body) =>
    demos.Select(d => d.Answer(request, body)).FirstOrDefault(a => a is not null) ?? (404, """{"message":"not a documented request"}"""));
using var http = new HttpClient(new WireLog());
Console.WriteLine(live
    ? "ConferenceGen sample: calling the vendors' real APIs."
    : $"ConferenceGen sample: calling an embedded vendor server at {embedded!.BaseAddress} (add --live for the real APIs).");

foreach (var demo in selected)
{
    Console.WriteLine();
    Console.WriteLine($"== {demo.Title}");
    var missing = demo.LiveVariables.Where(v => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v))).ToList();
    if (live && missing.Count > 0)
    {
        Console.WriteLine($"  skipped: set {string.Join(", ", missing)} to call the real API");
        continue;
    }

    try
    {
        await demo.RunAsync(http, embedded?.BaseAddress);
    }
    catch (ApiException e)
    {
        Console.WriteLine($"  ! {e.Message}");
        Console.WriteLine($"  ! body: {e.ResponseBody}");
        return 1;
    }
}

return 0;
