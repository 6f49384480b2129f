using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Xunit;

namespace ConferenceGen.Generator.Tests.Corpus;

/// <summary>
/// The real-world specs in ../shared/corpus, found through CONFERENCEGEN_CORPUS. Tests that need them report
/// themselves skipped when the variable is not set; .ci/run sets it and fails when the folder is missing.
/// </summary>
internal static class CorpusSpecs
{
    public const string Variable = "CONFERENCEGEN_CORPUS";

    public static readonly string[] Files =
    [
        "twilio/twilio_api_v2010.json",
        "twilio/twilio_api_v2010.yaml",
        "bandwidth/bandwidth.yml",
        "openapi-generator/petstore-with-fake-endpoints-models-for-testing.yaml",
        "openapi-generator/3_1/petstore.yaml",
        "stripe/spec3.yaml",
        "discord/openapi.json",
        "vonage/voice.yml",
    ];

    public static SpecFile Load(string relativePath)
    {
        var root = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrEmpty(root), $"{Variable} is not set: the corpus tests need ../shared/corpus (.ci/run sets it).");
        var path = Path.Combine(root!, relativePath);
        Assert.True(File.Exists(path), $"{Variable} is set to {root}, but {relativePath} is not there.");
        return new SpecFile("/project/specs/" + Path.GetFileName(path), File.ReadAllText(path));
    }

    /// <summary>The corpus's specs split over several files: each one's folder, and its entry file in that folder.</summary>
    public static readonly (string Folder, string Entry)[] SplitSpecs =
    [
        ("split/redocly-cafe/openapi", "openapi.yaml"),
        ("split/teliax-ivy/openapi/ringer_business", "main.yaml"),
    ];

    /// <summary>
    /// Every YAML and JSON file of a corpus folder, as the package hands them to the generator when the folder is
    /// copied to specs/<paramref name="projectFolder"/>: each a spec item with its folder under specs/.
    /// </summary>
    public static IReadOnlyList<SpecFile> LoadFolder(string relativeFolder, string projectFolder)
    {
        var root = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrEmpty(root), $"{Variable} is not set: the corpus tests need ../shared/corpus (.ci/run sets it).");
        var folder = Path.Combine(root!, relativeFolder);
        Assert.True(Directory.Exists(folder), $"{Variable} is set to {root}, but {relativeFolder} is not there.");
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path =>
            {
                var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
                var subfolder = projectFolder + "/" + (Path.GetDirectoryName(relative) is { Length: > 0 } dir ? dir.Replace('\\', '/') + "/" : string.Empty);
                return new SpecFile("/project/specs/" + projectFolder + "/" + relative, File.ReadAllText(path), new Dictionary<string, string> { ["ConferenceGenFolder"] = subfolder });
            })
            .ToList();
    }
}
