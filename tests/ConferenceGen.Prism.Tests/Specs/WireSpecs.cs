using System;
using System.IO;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Testing;

namespace ConferenceGen.Prism.Tests.Specs;

/// <summary>
/// The specs checked against Prism: the project's vendor specs (specs/), and every spec of ../shared/corpus, found
/// through CONFERENCEGEN_CORPUS. Stripe's whole spec is too much for Prism (see <see cref="StripeSubset"/>); subsets
/// of its paths stand for it.
/// </summary>
internal static class WireSpecs
{
    public const string CorpusVariable = "CONFERENCEGEN_CORPUS";
    public const string DiscordName = "corpus/discord/openapi.json";

    private const string VendorPrefix = "specs/";
    private const string CorpusPrefix = "corpus/";

    public static readonly string[] Names =
    [
        "specs/twilio.yaml",
        "specs/signalwire.yaml",
        "specs/bandwidth-voice.yaml",
        "specs/bandwidth-catapult.yaml",
        "corpus/twilio/twilio_api_v2010.json",
        "corpus/twilio/twilio_api_v2010.yaml",
        "corpus/bandwidth/bandwidth.yml",
        "corpus/openapi-generator/petstore-with-fake-endpoints-models-for-testing.yaml",
        "corpus/openapi-generator/3_1/petstore.yaml",
        DiscordName,
        "corpus/vonage/voice.yml",
        .. StripeSubset.Subsets.Keys,
    ];

    /// <summary>The spec of a test case; a corpus spec is skipped, saying why, when CONFERENCEGEN_CORPUS is not set.</summary>
    public static WireSpec Resolve(string name)
    {
        if (name.StartsWith(VendorPrefix, StringComparison.Ordinal))
        {
            return FromFile(name, Path.Combine(RepositoryFolder.Root, name));
        }

        var root = Environment.GetEnvironmentVariable(CorpusVariable);
        Skip.If(string.IsNullOrEmpty(root), $"{CorpusVariable} is not set: the corpus specs are in ../shared/corpus (.ci/run sets it).");
        if (StripeSubset.Subsets.ContainsKey(name))
        {
            var subset = StripeSubset.Write(Path.Combine(root!, "stripe", "spec3.yaml"), name);
            return FromFile(name, subset);
        }

        var path = Path.Combine(root!, name.Substring(CorpusPrefix.Length));
        Xunit.Assert.True(File.Exists(path), $"{CorpusVariable} is set to {root}, but {name} is not there.");
        return FromFile(name, path);
    }

    private static WireSpec FromFile(string name, string path) =>
        new(name, path, new SpecFile("/project/specs/" + Path.GetFileName(path), File.ReadAllText(path)));

}
