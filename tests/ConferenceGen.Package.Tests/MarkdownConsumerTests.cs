using System;
using System.IO;
using System.Threading.Tasks;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// Markdown pages in a consumer's specs/ folder: pages of one sub-folder make one client, a reference page makes
/// its own, a README is harmless, and ConferenceGenWriteDerivedSpecs writes the OpenAPI documents they became,
/// which the user can take over as ordinary specs.
/// </summary>
public sealed class MarkdownConsumerTests : IClassFixture<PackageFeed>
{
    private const string BridgePage = """
        ## Create Bridge
        Joins two calls.

        <code class="post">POST</code>`https://api.example.com/v3/accounts/{accountId}/bridges`

        | Parameter | Description                        | Mandatory |
        |:----------|:-----------------------------------|:----------|
        | callId    | The first call.                    | Yes       |
        | record    | If `true`, the bridge is recorded. | No        |

        ```bash
        curl -X POST https://api.example.com/v3/accounts/{accountId}/bridges -u {user}:{password} \
          -H "Content-Type: application/json" -d '{"callId": "c-1", "record": true}'
        ```
        """;

    private const string Program = """
        static string Methods(Type client) => string.Join(",", client.GetMethods().Select(m => m.Name).Where(n => n.EndsWith("Async")).Distinct().Order());
        Console.WriteLine($"signalwire: {Methods(typeof(Consumer.Signalwire.SignalwireClient))}");
        Console.WriteLine($"bridges: {Methods(typeof(Consumer.Bridges.BridgesClient))}");
        Console.WriteLine($"record: {typeof(Consumer.Bridges.CreateBridgeRequest).GetProperty("Record")!.PropertyType}");
        """;

    private readonly PackageFeed _feed;

    public MarkdownConsumerTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public async Task Markdown_pages_become_clients_and_their_derived_specs_can_be_taken_over()
    {
        var consumer = _feed.NewConsumer("markdown-pages");
        consumer.WriteProject(extraProperties: """
            <ConferenceGenWriteDerivedSpecs>true</ConferenceGenWriteDerivedSpecs>
            """);
        consumer.CopySpec("signalwire-pages/update-conference.md", "specs/signalwire/update-conference.md");
        consumer.CopySpec("signalwire-pages/retrieve-conference.md", "specs/signalwire/retrieve-conference.md");
        consumer.WriteFile("specs/bridges.md", BridgePage);
        consumer.WriteFile("specs/README.md", "# Specs\n\nThe vendors' pages, saved from their sites.\n");
        consumer.WriteFile("Program.cs", Program);

        var output = await BuildAndRunAsync(consumer);

        Assert.Contains("signalwire: RetrieveConferenceAsync,UpdateConferenceAsync", output, StringComparison.Ordinal);
        Assert.Contains("bridges: CreateBridgeAsync", output, StringComparison.Ordinal);
        Assert.Contains("record: System.Nullable`1[System.Boolean]", output, StringComparison.Ordinal);

        var derived = Path.Combine(consumer.Directory, "obj", "Release", "net10.0", "conferencegen");
        Assert.True(File.Exists(Path.Combine(derived, "signalwire.openapi.yaml")), string.Join("\n", Directory.GetFiles(consumer.Directory, "*.openapi.yaml", SearchOption.AllDirectories)));
        var bridges = File.ReadAllText(Path.Combine(derived, "bridges.openapi.yaml"));
        Assert.Contains("operationId: createBridge", bridges, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(derived, "README.openapi.yaml")));

        // Taking over: the derived document replaces the page, and the client stays the same.
        File.Delete(Path.Combine(consumer.Directory, "specs", "bridges.md"));
        consumer.WriteFile("specs/bridges.yaml", bridges);
        var again = await BuildAndRunAsync(consumer);
        Assert.Contains("bridges: CreateBridgeAsync", again, StringComparison.Ordinal);
        Assert.Contains("record: System.Nullable`1[System.Boolean]", again, StringComparison.Ordinal);
    }

    private static async Task<string> BuildAndRunAsync(ConsumerProject consumer)
    {
        var build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.Output);
        var run = await consumer.RunAsync();
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output;
    }
}
