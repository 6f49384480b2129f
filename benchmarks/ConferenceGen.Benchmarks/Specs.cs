using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ConferenceGen.Benchmarks;

/// <summary>Finds the corpus: CONFERENCEGEN_CORPUS, or ../shared/corpus beside the repository.</summary>
internal static class Specs
{
    public static string CorpusDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("CONFERENCEGEN_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var root = typeof(Specs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
    }

    public static string Twilio(string format) =>
        Path.Combine(CorpusDirectory(), "twilio", format == "yaml" ? "twilio_api_v2010.yaml" : "twilio_api_v2010.json");
}
