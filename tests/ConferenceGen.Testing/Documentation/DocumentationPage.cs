using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConferenceGen.Testing.Documentation;

/// <summary>
/// A page of the documentation (README.md and docs/*.md) with its fenced blocks, read as CommonMark reads them: a fence
/// of three or more backticks or tildes opens a block, the same fence at least as long closes it, and what lies between
/// is the block's text, fences included (a page shown as an example keeps its own blocks inside).
/// </summary>
public sealed class DocumentationPage
{
    // An HTML comment on the line before a fence, which readers of the page do not see: the block is not code to compile, and why.
    private static readonly Regex NotCompiledMarker = new(@"^<!--\s*not compiled:\s*(?<reason>\S.*?)\s*-->\s*$");

    private static readonly Regex Fence = new(@"^ {0,3}(?<fence>`{3,}|~{3,})\s*(?<info>[^`]*?)\s*$");

    private static readonly Regex Heading = new(@"^(?<level>#{1,6})\s+(?<title>.+?)\s*#*\s*$");

    private DocumentationPage(string path, string text)
    {
        Path = path;
        Text = text;
        Blocks = Read(path, text);
    }

    /// <summary>The page's path from the repository's root, with forward slashes (README.md, docs/wire.md).</summary>
    public string Path { get; }

    public string Text { get; }

    public IReadOnlyList<FencedBlock> Blocks { get; }

    /// <summary>README.md and every page under docs/, in path order.</summary>
    public static IReadOnlyList<DocumentationPage> All()
    {
        var root = RepositoryFolder.Root;
        return Directory.EnumerateFiles(System.IO.Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(System.IO.Path.Combine(root, "README.md"))
            .Select(file => System.IO.Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();
    }

    public static DocumentationPage Load(string path) =>
        new(path, File.ReadAllText(System.IO.Path.Combine(RepositoryFolder.Root, path)).Replace("\r\n", "\n", StringComparison.Ordinal));

    private static List<FencedBlock> Read(string path, string text)
    {
        var lines = text.Split('\n');
        var blocks = new List<FencedBlock>();
        var section = new Section(path, 0, null, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            var heading = Heading.Match(lines[i]);
            if (heading.Success)
            {
                var level = heading.Groups["level"].Length;
                var parent = section;
                while (parent.Level >= level)
                {
                    parent = parent.Parent!;
                }

                section = new Section(heading.Groups["title"].Value, level, parent, i + 1);
                continue;
            }

            var open = Fence.Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var fence = open.Groups["fence"].Value;
            var close = i + 1;
            while (close < lines.Length && !IsClosing(lines[close], fence))
            {
                close++;
            }

            var before = i - 1;
            while (before >= 0 && lines[before].Trim().Length == 0)
            {
                before--;
            }

            var marker = before >= 0 ? NotCompiledMarker.Match(lines[before]) : Match.Empty;
            var language = open.Groups["info"].Value.Split(' ', 2)[0].ToLowerInvariant();
            var content = string.Join("\n", lines.Skip(i + 1).Take(close - i - 1));
            blocks.Add(new FencedBlock(path, i + 1, language, content.Length == 0 ? content : content + "\n", section, marker.Success ? marker.Groups["reason"].Value : null));
            i = close;
        }

        return blocks;
    }

    private static bool IsClosing(string line, string fence)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }
}

/// <summary>
/// One fenced block of a page. <see cref="FenceLine"/> is the 1-based line of its opening fence, so its text starts
/// on the line after.
/// </summary>
public sealed record FencedBlock(string Page, int FenceLine, string Language, string Text, Section Section, string? NotCompiledReason)
{
    public int FirstLine => FenceLine + 1;

    public int LastLine => FenceLine + Text.Count(c => c == '\n');

    public BlockKind Kind => NotCompiledReason is not null ? BlockKind.NotCompiled : Kinds.GetValueOrDefault(Language, BlockKind.Unknown);

    public override string ToString() => $"{Page}:{FenceLine}";

    // What the tests do with a block, by the language its fence names.
    private static readonly Dictionary<string, BlockKind> Kinds = new(StringComparer.Ordinal)
    {
        ["csharp"] = BlockKind.CSharp,
        ["cs"] = BlockKind.CSharp,
        ["xml"] = BlockKind.Xml,
        ["yaml"] = BlockKind.Yaml,
        ["yml"] = BlockKind.Yaml,
        ["json"] = BlockKind.Json,
        // Commands for a shell, not code; getting started's are run by the package tests (GettingStartedCommandsTests).
        ["bash"] = BlockKind.Commands,
        // What a program prints or a server receives: output, not input.
        ["text"] = BlockKind.Output,
        // A markdown page shown as an example of a spec; its own blocks are excerpts (with … for what is left out).
        ["markdown"] = BlockKind.Page,
    };
}

/// <summary>What a block is, and so how the tests check it.</summary>
public enum BlockKind
{
    /// <summary>A fence whose language no test knows: the page must say what the block is.</summary>
    Unknown,

    /// <summary>C# that compiles as the page shows it (ExampleCompilationTests).</summary>
    CSharp,

    /// <summary>Lines of a project file (ExampleCompilationTests, DocumentationTests).</summary>
    Xml,

    /// <summary>Part of a spec (ExampleCompilationTests, DocumentationTests).</summary>
    Yaml,

    /// <summary>Part of a spec (ExampleCompilationTests, DocumentationTests).</summary>
    Json,

    /// <summary>Shell commands.</summary>
    Commands,

    /// <summary>Output or wire listings.</summary>
    Output,

    /// <summary>A markdown page shown as an example.</summary>
    Page,

    /// <summary>Code that is not meant to compile on its own (an excerpt of generated code), marked so on the page with its reason.</summary>
    NotCompiled,
}

/// <summary>A heading of a page and the headings above it; the page itself is the outermost section (level 0).</summary>
public sealed record Section(string Title, int Level, Section? Parent, int Line)
{
    /// <summary>Whether <paramref name="other"/> is this section or one inside it.</summary>
    public bool Encloses(Section other)
    {
        for (var section = (Section?)other; section is not null; section = section.Parent)
        {
            if (ReferenceEquals(section, this))
            {
                return true;
            }
        }

        return false;
    }
}
