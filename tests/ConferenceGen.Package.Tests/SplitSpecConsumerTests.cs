using System;
using System.IO;
using System.Threading.Tasks;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// Specs split over several files, as a consumer drops them in: one folder of files under specs/, and one spec added
/// from elsewhere with <c>ConferenceGenSpec</c>, whose folder's files the package hands to the generator as well. Both
/// build without a warning, and an edit of a fragment of the second re-generates it in the next build.
/// </summary>
public sealed class SplitSpecConsumerTests : IClassFixture<PackageFeed>
{
    private const string Program = """
        static string Names(IEnumerable<string> names) => string.Join(",", names.Distinct().Order());
        Console.WriteLine($"ivy: {typeof(Consumer.Ivy.Main.MainClient).GetMethods().Count(m => m.Name.EndsWith("Async") && m.DeclaringType == typeof(Consumer.Ivy.Main.MainClient))} operations");
        Console.WriteLine($"cafe: {Names(typeof(Consumer.Cafe.CafeClient).GetMethods().Select(m => m.Name).Where(n => n.EndsWith("Async")))}");
        Console.WriteLine($"error: {Names(typeof(Consumer.Cafe.Error).GetProperties().Select(p => p.Name))}");
        """;

    private readonly PackageFeed _feed;

    public SplitSpecConsumerTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public async Task Split_specs_in_specs_and_from_elsewhere_build_and_an_edited_fragment_is_picked_up()
    {
        var consumer = _feed.NewConsumer("split-specs");
        consumer.WriteProject(extraItems: """
            <ConferenceGenSpec Include="contracts/cafe/openapi.yaml" Namespace="Consumer.Cafe" ClientName="CafeClient" />
            """);
        consumer.CopyCorpusFolder("split/teliax-ivy/openapi/ringer_business", "specs/ivy");
        consumer.CopyCorpusFolder("split/redocly-cafe/openapi", "contracts/cafe");
        consumer.WriteFile("Program.cs", Program);

        var output = await BuildAndRunAsync(consumer);
        Assert.Contains("ivy: 40 operations", output, StringComparison.Ordinal);
        Assert.Contains("cafe: CreateMenuItemAsync,CreateOrderAsync,DeleteMenuItemAsync,DeleteOrderAsync,GetMenuItemPhotoAsync,GetOrderByIdAsync,GetRevenueAsync,ListMenuItemsAsync,ListOrderItemsAsync,ListOrderItemsItemsAsync,ListOrdersAsync,RegisterOAuth2ClientAsync,UpdateOrderAsync", output, StringComparison.Ordinal);
        Assert.Contains("error: Details,Instance,Status,Title,Type", output, StringComparison.Ordinal);

        // A fragment of the spec from elsewhere, which no ConferenceGenSpec item names, changes the next build.
        var error = Path.Combine(consumer.Directory, "contracts", "cafe", "components", "schemas", "Error.yaml");
        File.WriteAllText(error, File.ReadAllText(error).Replace("properties:\n", "properties:\n  hint:\n    type: string\n", StringComparison.Ordinal));
        var again = await BuildAndRunAsync(consumer);
        Assert.Contains("error: Details,Hint,Instance,Status,Title,Type", again, StringComparison.Ordinal);
    }

    private static async Task<string> BuildAndRunAsync(ConsumerProject consumer)
    {
        var build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.Output);
        BuildWarnings.AssertNone(build.Output);
        var run = await consumer.RunAsync();
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output;
    }
}
