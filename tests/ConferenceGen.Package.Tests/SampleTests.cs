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
        // After the end, the embedded Twilio's signed status callback reaches the sample's ASP.NET Core endpoint.
        Assert.Contains("- Status callback received at /twilio/conference-status: signature valid", output, StringComparison.Ordinal);
        Assert.Contains("= conference-end for CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb \"MyRoom\" reason=conference-ended-via-api sequence=3", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_shows_each_vendors_documented_actions()
    {
        var (exit, output) = await RunSampleAsync();

        Assert.True(exit == 0, output);
        Assert.Contains("/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Conferences/b3877c40-da60-4998-90ad-b792e98472cf", output, StringComparison.Ordinal);
        Assert.Contains("> AnnounceUrl=https%3A%2F%2Fexample.com%2Fannouncement.xml&AnnounceMethod=GET", output, StringComparison.Ordinal);
        Assert.Contains("\"My Conference Room\" status=completed", output, StringComparison.Ordinal);
        Assert.Contains("> GET http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("\"My Conference Room\" status=completed (retrieved)", output, StringComparison.Ordinal);
        Assert.Contains("> {\"status\":\"active\",\"redirectUrl\":\"https://example.com/bxml/conference\",\"redirectMethod\":\"POST\"}", output, StringComparison.Ordinal);
        Assert.Contains("> {\"status\":\"completed\"}", output, StringComparison.Ordinal);
        Assert.Contains("< 204 No Content", output, StringComparison.Ordinal);
        Assert.Contains("> POST http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("/v1/users/u-abc123/conferences/conf-1", output, StringComparison.Ordinal);
        Assert.Contains("> {\"mute\":true}", output, StringComparison.Ordinal);
        Assert.Contains("> {\"hold\":true}", output, StringComparison.Ordinal);
        Assert.Contains("> {\"state\":\"completed\"}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_never_prints_a_credential()
    {
        var (_, output) = await RunSampleAsync();

        string[] secrets = ["your_auth_token", "your-api-token", "username:password", "token:secret"];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }

        string[] pairs = ["ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:your_auth_token", "b3877c40-da60-4998-90ad-b792e98472af:your-api-token", "username:password", "token:secret"];
        foreach (var pair in pairs)
        {
            Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)), output, StringComparison.Ordinal);
        }
    }

    private static Task<(int ExitCode, string Output)> RunSampleAsync()
    {
        var metadata = typeof(SampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value!);
        var sample = Path.Combine(metadata["RepositoryRoot"], "samples", "ConferenceGen.Sample", "bin", metadata["Configuration"], "net10.0", "ConferenceGen.Sample.dll");
        Assert.True(File.Exists(sample), $"The sample is not built at {sample}.");
        return ProcessRunner.RunAsync(Path.GetDirectoryName(sample)!, "dotnet", $"\"{sample}\"", TimeSpan.FromMinutes(1));
    }
}
