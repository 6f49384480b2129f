using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// Small text helpers for page text: words of a title, camel and Pascal case for names in the derived document
/// (which the generator then makes into C# identifiers), and cell text without its markup.
/// </summary>
internal static class Words
{
    private static readonly Regex HtmlCode = new(@"<code[^>]{0,100}>([^<]{0,200})</code>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    /// <summary>Words of letters and digits; a lower-to-upper change starts a word (modifyConference → modify, Conference).</summary>
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, word);
                continue;
            }

            if (char.IsUpper(c) && word.Length > 0 && char.IsLower(word[word.Length - 1]))
            {
                Flush(words, word);
            }

            word.Append(c);
        }

        Flush(words, word);
        return words;
    }

    public static string Pascal(string text)
    {
        var builder = new StringBuilder();
        foreach (var word in Split(text))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1));
        }

        return builder.ToString();
    }

    public static string Camel(string text, string fallback)
    {
        var pascal = Pascal(text);
        if (pascal.Length == 0)
        {
            return fallback;
        }

        return char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    public static string StripAsync(string name) =>
        name.EndsWith("Async", StringComparison.Ordinal) && name.Length > 5 ? name.Substring(0, name.Length - 5) : name;

    /// <summary>A cell's text without code marks, emphasis or links: <c>`status`</c> and <c>**status**</c> are status.</summary>
    public static string CodeText(string cell)
    {
        var text = cell.Replace("`", string.Empty).Replace("**", string.Empty).Trim();
        if (text.StartsWith("[", StringComparison.Ordinal) && text.IndexOf(']') > 0)
        {
            text = text.Substring(1, text.IndexOf(']') - 1);
        }

        return text.Trim();
    }

    /// <summary>Whether a Mandatory or Required cell says yes.</summary>
    public static bool IsYes(string cell)
    {
        var text = CodeText(cell).ToLowerInvariant();
        return text is "yes" or "y" or "true" or "required" or "mandatory" or "✓" or "x";
    }

    /// <summary>A description with HTML code tags written as code spans, as markdown descriptions have them.</summary>
    public static string Description(string cell)
    {
        try
        {
            return HtmlCode.Replace(cell, "`$1`").Trim();
        }
        catch (RegexMatchTimeoutException)
        {
            return cell.Trim();
        }
    }

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
