using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace ConferenceGen.Package.Tests;

/// <summary>Generated clients and webhook receivers serialise without reflection: the sample (with its ASP.NET Core webhook endpoint) publishes trimmed with no trim warning, and still works.</summary>
[Collection(RepositoryBuilds.Name)]
public sealed class TrimmingTests
{
    [Fact]
    public async Task The_sample_publishes_trimmed_without_warnings_and_runs()
    {
        var metadata = typeof(TrimmingTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value!);
        var output = Path.Combine(Path.GetTempPath(), "conferencegen-trimmed-" + Guid.NewGuid().ToString("N"));
        var project = Path.Combine(metadata["RepositoryRoot"], "samples", "ConferenceGen.Sample", "ConferenceGen.Sample.csproj");
        try
        {
            var (exit, log) = await ProcessRunner.RunAsync(
                metadata["RepositoryRoot"],
                "dotnet",
                $"publish \"{project}\" -c Release -r linux-x64 --self-contained -p:PublishTrimmed=true -o \"{output}\" -v:minimal",
                TimeSpan.FromMinutes(10));
            Assert.True(exit == 0, log);
            Assert.DoesNotMatch(@"warning IL\d{4}", log);

            var (runExit, runOutput) = await ProcessRunner.RunAsync(output, Path.Combine(output, "ConferenceGen.Sample"), string.Empty, TimeSpan.FromMinutes(1));
            Assert.True(runExit == 0, runOutput);
            Assert.Contains("status=completed reason=conference-ended-via-api", runOutput, StringComparison.Ordinal);
            Assert.Contains("> {\"mute\":true}", runOutput, StringComparison.Ordinal);
            // The webhook receiver and its ASP.NET Core endpoint (MapWebhook), trimmed too.
            Assert.Contains("- Status callback received at /twilio/conference-status: signature valid", runOutput, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
