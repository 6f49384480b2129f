using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>One line of a page: its text without the line break, its 0-based number and where it starts in the page.</summary>
internal sealed record MarkdownLine(int Number, int Start, string Text)
{
    public int End => Start + Text.Length;

    /// <summary>How many spaces (a tab counts as four) come before the first other character.</summary>
    public int Indent
    {
        get
        {
            var indent = 0;
            foreach (var c in Text)
            {
                if (c == ' ')
                {
                    indent++;
                }
                else if (c == '\t')
                {
                    indent += 4;
                }
                else
                {
                    break;
                }
            }

            return indent;
        }
    }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>The whole line as a place in the page at <paramref name="path"/>.</summary>
    public SpecLocation Location(string path) => new(path, Start, Text.Length, Number, 0, Number, Text.Length);
}
