using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Turns spec descriptions into lines for <c>///</c> comments. Each line is XML-escaped and free of anything
/// C# reads as a line end, so no description can close the comment and become code. Bidirectional and other
/// invisible format characters are dropped, so the comment shows what it says.
/// </summary>
internal static class DocText
{
    private const int MaxLines = 40;
    private const int MaxLineLength = 400;

    public static string[] Lines(params string?[] paragraphs)
    {
        var lines = new List<string>();
        string? previous = null;
        foreach (var paragraph in paragraphs)
        {
            // Specs often repeat the summary as the description: say it once.
            if (string.IsNullOrWhiteSpace(paragraph) || string.Equals(paragraph!.Trim(), previous, StringComparison.Ordinal))
            {
                continue;
            }

            previous = paragraph.Trim();

            if (lines.Count > 0)
            {
                lines.Add(ParagraphBreak);
            }

            foreach (var line in SplitLines(paragraph!))
            {
                lines.Add(Escape(line));
            }
        }

        if (lines.Count > MaxLines)
        {
            lines = lines.Take(MaxLines).ToList();
            lines.Add("…");
        }

        return lines.ToArray();
    }

    /// <summary>
    /// The paragraphs as one escaped line, for a <c>&lt;summary&gt;</c> on one line; empty when there is no text.
    /// Paragraphs become sentences (a title without a full stop gets one), not a <c>&lt;para/&gt;</c> mid-line.
    /// </summary>
    public static string Summary(params string?[] paragraphs)
    {
        var text = new StringBuilder();
        foreach (var line in Lines(paragraphs))
        {
            if (line == ParagraphBreak)
            {
                if (text.Length > 0 && !EndsSentence(text[text.Length - 1]))
                {
                    text.Append('.');
                }

                continue;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        return text.ToString();
    }

    private const string ParagraphBreak = "<para/>";

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or ':' or ';' or '…';

    public static string Escape(string text)
    {
        if (IsPlain(text))
        {
            return text.Length <= MaxLineLength ? text.TrimEnd() : text.Substring(0, MaxLineLength).TrimEnd() + "…";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                // Keep well-formed pairs (emoji); drop halves that cannot be written as UTF-8.
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }

                continue;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (!IsInvisible(c) && !IsLineBreak(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }

            if (builder.Length >= MaxLineLength)
            {
                builder.Append('…');
                break;
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || IsLineBreak(text[i]))
            {
                var line = text.Substring(start, i - start).Trim();
                if (line.Length > 0)
                {
                    yield return line;
                }

                start = i + 1;
            }
        }
    }

    // Most descriptions are plain ASCII without markup characters: they need no escaping.
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x20 || c > 0x7E || c is '&' or '<' or '>')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsInvisible(char c) =>
        (c < 0x20 && c != '\t')
        || c == 0x7F
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
}
