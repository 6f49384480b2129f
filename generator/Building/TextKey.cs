using System;
using System.Globalization;
using System.Text;

namespace ConferenceGen.Generator.Building;

/// <summary>
/// Text as a reader sees it, for telling whether two spec descriptions say the same thing: the words of each
/// paragraph with lines trimmed and joined, invisible characters dropped, and a paragraph that repeats the one before
/// it (a description that repeats the title) counted once. Building compares texts this way; how a text is then
/// written into documentation is the emitters' business.
/// </summary>
internal static class TextKey
{
    public static string Of(params string?[] paragraphs)
    {
        var key = new StringBuilder();
        string? previous = null;
        foreach (var paragraph in paragraphs)
        {
            if (string.IsNullOrWhiteSpace(paragraph) || string.Equals(paragraph!.Trim(), previous, StringComparison.Ordinal))
            {
                continue;
            }

            previous = paragraph.Trim();
            key.Append('¶');
            foreach (var line in paragraph.Split(LineBreaks, StringSplitOptions.None))
            {
                var words = line.Trim();
                if (words.Length > 0)
                {
                    // The same words broken over other lines are the same text.
                    Append(key, words);
                    key.Append(' ');
                }
            }
        }

        return key.ToString();
    }

    private static readonly char[] LineBreaks = ['\n', '\r', '\u0085', '\u2028', '\u2029'];

    private static void Append(StringBuilder key, string words)
    {
        foreach (var c in words)
        {
            if (!IsInvisible(c))
            {
                key.Append(c);
            }
        }
    }

    private static bool IsInvisible(char c) =>
        (c < 0x20 && c != '\t')
        || c == 0x7F
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
}
