using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
        "corpus/split/redocly-cafe/openapi/openapi.yaml",
        "corpus/split/teliax-ivy/openapi/ringer_business/main.yaml",
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
        return name.StartsWith(CorpusPrefix + "split/", StringComparison.Ordinal) ? FromFolder(name, path) : FromFile(name, path);
    }

    private static WireSpec FromFile(string name, string path) =>
        new(name, path, new SpecFile("/project/specs/" + Path.GetFileName(path), File.ReadAllText(path)), Array.Empty<SpecFile>());

    /// <summary>A spec split over several files: its folder, as if copied to specs/ (each file a spec item, as the package hands them over).</summary>
    private static WireSpec FromFolder(string name, string entry)
    {
        var folder = Path.GetDirectoryName(entry)!;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal))
            .OrderBy(file => file, StringComparer.Ordinal)
            .Select(file => (File: file, Spec: new SpecFile(
                "/project/specs/" + Path.GetRelativePath(folder, file).Replace('\\', '/'),
                File.ReadAllText(file),
                new Dictionary<string, string> { ["ConferenceGenRoot"] = "/project/specs/" })))
            .ToList();
        var main = files.Single(f => f.File == entry).Spec;
        return new(name, PrismCopy(folder, entry), main, files.Where(f => f.File != entry).Select(f => f.Spec).ToList());
    }

    // A $ref with a value of its own line: `$ref: ../code_samples/C_sharp/menu/get.cs`.
    private static readonly System.Text.RegularExpressions.Regex Reference = new(@"\$ref['""]?\s*:\s*['""]?([^'""#\s}]+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The entry file of a copy of the folder that Prism can start on. Prism follows every $ref, also those inside x-
    /// extensions, which ConferenceGen leaves alone (Redocly's starter has two in x-codeSamples, to code files the corpus
    /// does not keep); in Prism's copy each file such a reference names and the folder lacks is a placeholder line.
    /// </summary>
    private static string PrismCopy(string folder, string entry)
    {
        var copy = Path.Combine(Path.GetTempPath(), "conferencegen-prism-" + Environment.ProcessId, "split-" + Path.GetFileName(Path.GetDirectoryName(folder)) + "-" + Path.GetFileName(folder));
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            foreach (System.Text.RegularExpressions.Match match in Reference.Matches(File.ReadAllText(file)))
            {
                var named = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(target)!, match.Groups[1].Value));
                var isSpecFile = named.EndsWith(".yaml", StringComparison.Ordinal) || named.EndsWith(".yml", StringComparison.Ordinal) || named.EndsWith(".json", StringComparison.Ordinal);
                if (!isSpecFile && named.StartsWith(copy, StringComparison.Ordinal) && !File.Exists(Path.Combine(folder, Path.GetRelativePath(copy, named))))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(named)!);
                    File.WriteAllText(named, "// A placeholder: the corpus does not keep the code samples this spec refers to.\n");
                }
            }
        }

        return Path.Combine(copy, Path.GetRelativePath(folder, entry));
    }

}
