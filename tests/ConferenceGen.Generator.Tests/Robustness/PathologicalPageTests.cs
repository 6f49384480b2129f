using System;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Robustness;

/// <summary>
/// Markdown built to hurt a reader: megabyte lines of markup characters, thousands of unclosed fences, tables and
/// headings, a request line with an endless URL. Each is read in linear time and ends in a diagnostic or code.
/// </summary>
public sealed class PathologicalPageTests
{
    private const string RequestLine = "## T\n<code class=\"post\">POST</code>`https://api.example.com/{a}`\n";

    public static TheoryData<string, string> Pages => new()
    {
        { "hashes.md", new string('#', 1_000_000) + "\n" + string.Concat(Enumerable.Repeat("# \t#", 200_000)) },
        { "pipes.md", "| a |\n|---|\n" + string.Concat(Enumerable.Repeat("|`|", 300_000)) + "\n" },
        { "fences.md", string.Concat(Enumerable.Repeat("```yaml\nopenapi: 3.0.3\n", 20_000)) },
        { "backticks.md", RequestLine + "| Parameter | Description |\n|---|---|\n| a | Values are " + new string('`', 500_000) + " default " + new string('`', 100_000) + " |\n" },
        { "code-tags.md", RequestLine + "| Parameter | Description |\n|---|---|\n| a | " + string.Concat(Enumerable.Repeat("<code class=\"x\">", 100_000)) + " |\n" },
        { "endless-url.md", "## T\n<code class=\"post\">POST</code>`https://" + new string('a', 1_000_000) + "\n" },
        { "many-rows.md", RequestLine + "| Parameter | Description | Mandatory |\n|---|---|---|\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"| p{i} | If `true`, {i}. | No |\n")) },
        { "curl.md", RequestLine + "```bash\ncurl " + string.Concat(Enumerable.Repeat("-d '{\"a\": [' \\\n", 50_000)) + "\n```\n" },

        // The rendered layout: entries by the thousand, indented ever deeper, glued names without end, an example that never closes.
        { "many-entries.md", "T\n\nPOST /a\n\nBody\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"  • p{i} string\n\n    Values are a{i}, b{i}, or c{i}.\n\n")) },
        { "deep-attributes.md", "T\n\nGET /a\n\nResponses\n\n  • 200\n\n" + string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', i + 4) + $"• a{i} object\n")) },
        { "glued.md", "T\n\nQuery parameters\n\n" + string.Concat(Enumerable.Repeat(new string('a', 280) + "stringRequired\n", 5_000)) + new string('x', 1_000_000) + "stringRequired\n" },
        { "open-example.md", "T\n\nGET /a\n\nQuery parameters\n\n  • q string\n\nResponse example\n\n" + string.Concat(Enumerable.Range(1, 50_000).Select(i => $"{i}{{\"a\": [\n")) },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_hostile_page_ends_quickly_in_diagnostics_or_code(string file, string text)
    {
        var result = GeneratorHarness.RunWithin(new SpecFile("/project/specs/" + file, text), TimeSpan.FromSeconds(60));

        Assert.True(result.Sources.Count > 0 || result.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error || d.Id is "CG0014" or "CG0019"), result.Describe(result.GeneratorDiagnostics));
    }
}
