using System;
using System.IO;
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
}
