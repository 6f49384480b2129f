using System.Threading.Tasks;
using ConferenceGen.Prism.Tests.Specs;
using Xunit.Abstractions;

namespace ConferenceGen.Prism.Tests;

/// <summary>
/// The same check for Discord's API, in a class of its own so that it runs beside the other specs: Prism takes about
/// 30 s to read its 242 operations and some of its replies are megabytes, which make it the longest case by far.
/// </summary>
public sealed class DiscordClientAgainstPrismTests(ITestOutputHelper output)
{
    [SkippableFact]
    public Task Every_operation_is_accepted_by_Prism_and_its_reply_is_read() => SpecAgainstPrism.CheckAsync(WireSpecs.DiscordName, output);
}
