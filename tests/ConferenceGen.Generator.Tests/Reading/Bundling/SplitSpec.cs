using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Reading.Bundling;

/// <summary>Small specs split over several files, as a project's specs/ folder holds them.</summary>
internal static class SplitSpec
{
    public const string Header = "openapi: 3.0.3\ninfo: {title: Split, version: '1'}\nservers: [{url: 'https://api.example.com'}]\n";

    /// <summary>Files under /project/specs/, each a spec item whose references may not leave specs/.</summary>
    public static SpecFile[] Files(params (string Path, string Text)[] files) =>
        files.Select(f => new SpecFile("/project/specs/" + f.Path, f.Text, new Dictionary<string, string> { ["ConferenceGenRoot"] = "/project/specs/" })).ToArray();

    public static string Source(GeneratorResult result, string suffix) =>
        result.Sources.Single(s => s.Key.EndsWith(suffix, System.StringComparison.Ordinal)).Value;

    /// <summary>A diagnostic's file, and its 1-based line and column (as the IDE shows them).</summary>
    public static (string Path, int Line, int Column) Place(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }
}
