using System;
using System.Collections.Generic;
using System.Text;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>A pipe table: its header cells and its rows, each row with its line so that findings can point at it.</summary>
internal sealed class MarkdownTable
{
    public MarkdownTable(IReadOnlyList<string> header, IReadOnlyList<MarkdownTableRow> rows, MarkdownLine headerLine)
    {
        Header = header;
        Rows = rows;
        HeaderLine = headerLine;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<MarkdownTableRow> Rows { get; }

    public MarkdownLine HeaderLine { get; }

    /// <summary>The index of the first column whose header is one of <paramref name="names"/> (without case), or -1.</summary>
    public int Column(params string[] names)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            foreach (var name in names)
            {
                if (string.Equals(Header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The cells of a table line: split at pipes that are neither escaped nor inside a code span.</summary>
    public static List<string> Cells(string line)
    {
        var text = line.Trim();
        if (text.StartsWith("|", StringComparison.Ordinal))
        {
            text = text.Substring(1);
        }

        if (text.EndsWith("|", StringComparison.Ordinal) && !text.EndsWith("\\|", StringComparison.Ordinal))
        {
            text = text.Substring(0, text.Length - 1);
        }

        var cells = new List<string>();
        var cell = new StringBuilder();
        var inCode = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (c == '`')
            {
                inCode = !inCode;
                cell.Append(c);
            }
            else if (c == '|' && !inCode)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }
}

/// <summary>One body row of a table.</summary>
internal sealed record MarkdownTableRow(IReadOnlyList<string> Cells, MarkdownLine Line)
{
    public string Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column] : string.Empty;
}
