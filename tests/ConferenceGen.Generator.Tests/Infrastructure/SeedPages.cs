using System;
using System.IO;

namespace ConferenceGen.Generator.Tests.Infrastructure;

/// <summary>
/// The vendors' reference pages in ../shared/seeds, found through CONFERENCEGEN_SEEDS (never copied into this
/// repository). Tests that need them report themselves skipped when the variable is not set; .ci/run sets it.
/// </summary>
internal static class SeedPages
{
    public const string Variable = "CONFERENCEGEN_SEEDS";

    /// <summary>Bandwidth Voice v2 "Update Conference" (the reference layout with a parameters table).</summary>
    public const string BandwidthVoice = "000_b230c5a2f7f79c90.txt";

    /// <summary>Bandwidth Catapult v1 "Update Conference" (the same layout; its second example sends "mute": "true").</summary>
    public const string Catapult = "001_9bae75b1912ae2ef.txt";

    /// <summary>SignalWire's "Update Conference" page with its OpenAPI document embedded, saved without its line breaks.</summary>
    public const string SignalWireFlattened = "002_577c9373dfc441e9.txt";

    /// <summary>Twilio's "Update conference" as a docs renderer shows it: request line, parameter groups, curl and JSON examples.</summary>
    public const string TwilioRendered = "003_1a7b31d977108e71.txt";

    /// <summary>SignalWire's "update" as Fern-built docs render it: entries run together, no request line.</summary>
    public const string SignalWireFern = "004_443823f53fe4c0e9.txt";

    /// <summary>The seed as a page, or null when the seeds are not there (for tests that use them when they can).</summary>
    public static SpecFile? TryLoad(string seed, string pagePath)
    {
        var root = Environment.GetEnvironmentVariable(Variable);
        var path = string.IsNullOrEmpty(root) ? null : Path.Combine(root, seed);
        return path is not null && File.Exists(path) ? new SpecFile(pagePath, File.ReadAllText(path)) : null;
    }

    /// <summary>The seed's text, as a markdown page at <paramref name="pagePath"/> of a project, with <paramref name="frontMatter"/> put before it (the seed itself is never changed).</summary>
    public static SpecFile Load(string seed, string pagePath, string frontMatter)
    {
        var page = Load(seed, pagePath);
        return page with { Text = frontMatter + page.Text };
    }

    /// <summary>The seed's text, as a markdown page at <paramref name="pagePath"/> of a project.</summary>
    public static SpecFile Load(string seed, string pagePath)
    {
        var root = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrEmpty(root), $"{Variable} is not set: these tests read the vendors' pages in ../shared/seeds (.ci/run sets it).");
        var path = Path.Combine(root!, seed);
        Assert.True(File.Exists(path), $"{Variable} is set to {root}, but {seed} is not there.");
        return new SpecFile(pagePath, File.ReadAllText(path));
    }
}
