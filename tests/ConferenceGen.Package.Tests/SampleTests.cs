using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;

namespace ConferenceGen.Package.Tests;

/// <summary>The README's first command: the sample runs against its embedded server and shows the wire.</summary>
public sealed class SampleTests
{
    [Fact]
    public async Task The_sample_prints_each_request_with_masked_credentials_and_the_parsed_reply()
    {
        var (exit, output) = await RunSampleAsync();

        Assert.True(exit == 0, output);
        Assert.Contains("> POST http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.json", output, StringComparison.Ordinal);
        Assert.Contains("> Authorization: Basic ***", output, StringComparison.Ordinal);
        Assert.Contains("> Content-Type: application/x-www-form-urlencoded", output, StringComparison.Ordinal);
        Assert.Contains("> Status=completed", output, StringComparison.Ordinal);
        Assert.Contains("> AnnounceMethod=POST&AnnounceUrl=https%3A%2F%2Fexample.com%2Fannouncement.xml", output, StringComparison.Ordinal);
        Assert.Contains("status=completed reason=conference-ended-via-api", output, StringComparison.Ordinal);
        Assert.Contains("status=in-progress reason=null", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_never_prints_a_credential()
    {
        var (_, output) = await RunSampleAsync();

        Assert.DoesNotContain("your_auth_token", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:your_auth_token")), output, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output)> RunSampleAsync()
    {
        var metadata = typeof(SampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value!);
        var sample = Path.Combine(metadata["RepositoryRoot"], "samples", "ConferenceGen.Sample", "bin", metadata["Configuration"], "net10.0", "ConferenceGen.Sample.dll");
        Assert.True(File.Exists(sample), $"The sample is not built at {sample}.");
        return ProcessRunner.RunAsync(Path.GetDirectoryName(sample)!, "dotnet", $"\"{sample}\"", TimeSpan.FromMinutes(1));
    }
}
