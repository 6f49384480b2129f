using System.Collections.Generic;
using System.Linq;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// A fenced code block: its info string's first word (the language, lower case), the line of its opening fence,
/// and its content lines with the fence's indentation taken off.
/// </summary>
internal sealed class MarkdownFence
{
    public MarkdownFence(string language, MarkdownLine opening, IReadOnlyList<MarkdownLine> lines, int indent)
    {
        Language = language;
        Opening = opening;
        Lines = lines;
        Indent = indent;
    }

    public string Language { get; }

    public MarkdownLine Opening { get; }

    /// <summary>The content lines as the page has them (indentation included).</summary>
    public IReadOnlyList<MarkdownLine> Lines { get; }

    /// <summary>The opening fence's indentation, which the content lines lose.</summary>
    public int Indent { get; }

    /// <summary>The content as the code it holds: lines joined by <c>\n</c>, each without the fence's indentation.</summary>
    public string Content => string.Join("\n", Lines.Select(line => Unindent(line.Text)));

    /// <summary>How many characters the fence's indentation takes off a content line.</summary>
    public int Removed(MarkdownLine line)
    {
        var removed = 0;
        while (removed < line.Text.Length && removed < Indent && line.Text[removed] == ' ')
        {
            removed++;
        }

        return removed;
    }

    private string Unindent(string text)
    {
        var removed = 0;
        while (removed < text.Length && removed < Indent && text[removed] == ' ')
        {
            removed++;
        }

        return text.Substring(removed);
    }
}
