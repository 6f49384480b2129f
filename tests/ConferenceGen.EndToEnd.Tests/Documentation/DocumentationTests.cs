using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConferenceGen.Testing;
using ConferenceGen.Testing.Documentation;

namespace ConferenceGen.EndToEnd.Tests.Documentation;

/// <summary>
/// Every XML, YAML and JSON example in README.md and docs/, and every excerpt of generated C# (marked on the page as
/// not compiled on its own), is taken from a project the tests build, a spec they generate from or the generated
/// code they keep: each of its lines is found, in order, in one such file. An example edited by hand and not in the
/// code fails here. (The C# examples a reader writes compile as the page shows them: ExampleCompilationTests in the
/// generator tests.)
/// </summary>
public sealed class DocumentationTests
{
    private static readonly string Root = RepositoryFolder.Root;

    // Where compiled examples live: test and sample sources (consumer projects are C# strings in Package.Tests),
    // project files, the package's MSBuild files and the specs.
    private static readonly Lazy<List<(string Path, string[] Lines)>> Sources = new(() =>
        new[] { "tests", "samples", "benchmarks", "specs", "runtime/build", "build" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*", SearchOption.AllDirectories))
            .Where(path => Regex.IsMatch(path, @"\.(cs|csproj|props|targets|yaml|yml|json)$"))
            .Where(path => !Regex.IsMatch(path, @"[/\\](bin|obj)[/\\]"))
            .Select(path => (path, Normalize(File.ReadAllText(path))))
            .ToList());

    public static TheoryData<string, int, string> Examples()
    {
        var examples = new TheoryData<string, int, string>();
        foreach (var block in DocumentationPage.All().SelectMany(page => page.Blocks))
        {
            if (block.Kind is BlockKind.Xml or BlockKind.Yaml or BlockKind.Json || (block.Kind == BlockKind.NotCompiled && block.Language == "csharp"))
            {
                examples.Add(block.Page, block.FenceLine, block.Text);
            }
        }

        return examples;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_is_taken_from_compiled_code(string page, int line, string example)
    {
        var wanted = Normalize(example);

        var found = Sources.Value.FirstOrDefault(source => ContainsInOrder(source.Lines, wanted));

        Assert.True(found.Path is not null, $"The example at {page}:{line} is not in any compiled file:\n{example}");
    }

    [Fact]
    public void The_pages_link_only_to_pages_and_anchors_that_exist()
    {
        foreach (var page in Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Append(Path.Combine(Root, "README.md")))
        {
            foreach (Match link in Regex.Matches(File.ReadAllText(page), @"\]\((?!https?:)([^)#]*)(#[^)]+)?\)"))
            {
                var target = link.Groups[1].Value.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, link.Groups[1].Value));
                Assert.True(File.Exists(target) || Directory.Exists(target), $"{Path.GetFileName(page)} links to {link.Value}, which does not exist.");
                if (link.Groups[2].Success && target.EndsWith(".md", StringComparison.Ordinal))
                {
                    var anchors = Regex.Matches(File.ReadAllText(target), @"^#+ (.+)$", RegexOptions.Multiline).Select(h => "#" + Anchor(h.Groups[1].Value));
                    Assert.Contains(link.Groups[2].Value, anchors);
                }
            }
        }
    }

    // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
    private static string Anchor(string heading) =>
        Regex.Replace(heading.Trim().ToLowerInvariant(), @"[^\p{L}\p{Nd}\- _]", string.Empty).Replace(' ', '-');

    private static string[] Normalize(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    private static bool ContainsInOrder(string[] lines, string[] wanted)
    {
        var next = 0;
        foreach (var line in lines)
        {
            if (next < wanted.Length && line == wanted[next])
            {
                next++;
            }
        }

        return next == wanted.Length;
    }
}
