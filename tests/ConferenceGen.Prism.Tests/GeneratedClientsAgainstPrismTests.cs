using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using ConferenceGen.Prism.Tests.Prism;
using ConferenceGen.Prism.Tests.Specs;
using Xunit.Abstractions;

namespace ConferenceGen.Prism.Tests;

/// <summary>
/// An independent validator agrees with the generated clients: for each spec, Stoplight Prism's mock server finds no
/// violation in any request the generated client sends, and the client reads every reply Prism makes from the
/// response schemas. One test case per spec, one Prism at a time (Discord's runs beside, see
/// <see cref="DiscordClientAgainstPrismTests"/>).
/// </summary>
public sealed class GeneratedClientsAgainstPrismTests(ITestOutputHelper output)
{
    public static Xunit.TheoryData<string> Specs => new(WireSpecs.Names.Where(n => n != WireSpecs.DiscordName));

    [SkippableTheory]
    [MemberData(nameof(Specs))]
    public Task Every_operation_is_accepted_by_Prism_and_its_reply_is_read(string spec) => SpecAgainstPrism.CheckAsync(spec, output);

    [Fact]
    public async Task The_installed_Prism_is_the_pinned_version()
    {
        var start = new ProcessStartInfo(PrismInstallation.Executable, "--version") { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var version = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();
        Assert.Equal(PrismInstallation.PinnedVersion, version);
    }
}
