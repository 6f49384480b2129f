using System;
using System.Collections.Generic;
using System.Linq;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// The parts of a markdown page that API reference pages are made of: headings, fenced code blocks, pipe tables
/// and the prose between them, each with its lines. One pass over the lines, so any text is read in linear time.
/// </summary>
internal sealed class MarkdownOutline
{
    private MarkdownOutline(IReadOnlyList<MarkdownLine> lines)
    {
        Lines = lines;
    }

    public IReadOnlyList<MarkdownLine> Lines { get; }

    public List<MarkdownHeading> Headings { get; } = new();

    public List<MarkdownFence> Fences { get; } = new();

    public List<MarkdownTable> Tables { get; } = new();

    /// <summary>Lines outside code blocks, in page order.</summary>
    public List<MarkdownLine> Prose { get; } = new();

    public static MarkdownOutline Parse(string text)
    {
        var outline = new MarkdownOutline(Split(text));
        outline.Scan();
        return outline;
    }

    /// <summary>The heading a line comes under (the nearest one before it), or null.</summary>
    public MarkdownHeading? HeadingBefore(int lineNumber) => Headings.LastOrDefault(h => h.Line.Number < lineNumber);

    private void Scan()
    {
        var i = 0;
        while (i < Lines.Count)
        {
            var line = Lines[i];
            if (FenceOpening(line) is { } opening)
            {
                i = ReadFence(i, opening);
                continue;
            }

            if (i + 1 < Lines.Count && line.Text.TrimStart().StartsWith("|", StringComparison.Ordinal) && IsDelimiterRow(Lines[i + 1].Text))
            {
                i = ReadTable(i);
                continue;
            }

            if (HeadingOf(line) is { } heading)
            {
                Headings.Add(heading);
            }

            Prose.Add(line);
            i++;
        }
    }

    private int ReadFence(int start, (char Mark, int Length, int Indent, string Language) opening)
    {
        var content = new List<MarkdownLine>();
        var i = start + 1;
        for (; i < Lines.Count; i++)
        {
            if (Closes(Lines[i], opening.Mark, opening.Length, opening.Indent))
            {
                break;
            }

            content.Add(Lines[i]);
        }

        Fences.Add(new MarkdownFence(opening.Language, Lines[start], content, opening.Indent));

        // An unclosed fence runs to the end of the page, as in CommonMark.
        return i + 1;
    }

    private int ReadTable(int start)
    {
        var header = MarkdownTable.Cells(Lines[start].Text);
        var rows = new List<MarkdownTableRow>();
        var i = start + 2;
        for (; i < Lines.Count && !Lines[i].IsBlank && Lines[i].Text.TrimStart().StartsWith("|", StringComparison.Ordinal); i++)
        {
            rows.Add(new MarkdownTableRow(MarkdownTable.Cells(Lines[i].Text), Lines[i]));
        }

        Tables.Add(new MarkdownTable(header, rows, Lines[start]));
        for (var j = start; j < i; j++)
        {
            Prose.Add(Lines[j]);
        }

        return i;
    }

    // Read by hand rather than by regular expression: a long line of spaces and hashes must not cost quadratic time.
    private static MarkdownHeading? HeadingOf(MarkdownLine line)
    {
        var text = line.Text;
        var i = 0;
        while (i < text.Length && i < 3 && text[i] == ' ')
        {
            i++;
        }

        var level = 0;
        while (i + level < text.Length && text[i + level] == '#')
        {
            level++;
        }

        var rest = text.Substring(i + level);
        if (level is < 1 or > 6 || (rest.Length > 0 && rest[0] != ' ' && rest[0] != '\t'))
        {
            return null;
        }

        return new MarkdownHeading(level, rest.Trim().TrimEnd('#').Trim(), line);
    }

    /// <summary>A table's second line: pipes, colons, dashes and spaces only, with at least one dash.</summary>
    private static bool IsDelimiterRow(string text)
    {
        var dashes = false;
        foreach (var c in text)
        {
            if (c == '-')
            {
                dashes = true;
            }
            else if (c is not ('|' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return dashes;
    }

    private static (char Mark, int Length, int Indent, string Language)? FenceOpening(MarkdownLine line)
    {
        var indent = line.Indent;
        var text = line.Text.TrimStart(' ', '\t');
        if (text.Length < 3 || (text[0] != '`' && text[0] != '~'))
        {
            return null;
        }

        var mark = text[0];
        var length = 0;
        while (length < text.Length && text[length] == mark)
        {
            length++;
        }

        var info = text.Substring(length).Trim();
        if (length < 3 || (mark == '`' && info.IndexOf('`') >= 0))
        {
            return null;
        }

        var language = info.Split(new[] { ' ', '\t', '{' }, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return (mark, length, indent, language.ToLowerInvariant());
    }

    // A closing fence may be indented up to three spaces more than the opening one: deeper, it is content
    // (a code block inside a YAML description keeps its own fences indented under its key).
    private static bool Closes(MarkdownLine line, char mark, int length, int indent)
    {
        if (line.Indent > indent + 3)
        {
            return false;
        }

        var text = line.Text.Trim();
        var run = 0;
        while (run < text.Length && text[run] == mark)
        {
            run++;
        }

        return run >= length && run == text.Length;
    }

    private static List<MarkdownLine> Split(string text)
    {
        var lines = new List<MarkdownLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                lines.Add(new MarkdownLine(lines.Count, start, text.Substring(start, end - start)));
                start = i + 1;
            }
        }

        return lines;
    }
}
