using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// The type a parameter's description states without a Type column, where the wording leaves no doubt: a
/// boolean ("If `true`, …", "`true` or `false`"), a duration ("… in milliseconds"), a list of values
/// ("Values are `GET` or `POST`, default: `POST`"), a URL (a name ending in Url whose description says URL).
/// </summary>
internal static class DescribedType
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);
    private static readonly Regex HtmlCode = new(@"<code[^>]{0,100}>([^<]{0,200})</code>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Limit);
    private static readonly Regex CodeSpan = new(@"`([^`]{1,200})`", RegexOptions.CultureInvariant, Limit);

    private static readonly string[] BooleanWords = ["if `true`", "if `false`", "`true` or `false`", "`false` or `true`", "true/false"];
    private static readonly string[] DurationWords = ["in milliseconds", "in seconds", "in minutes", "in ms"];
    private static readonly string[] ValueListWords = ["values are", "possible values", "allowed values", "valid values", "value is one of", "one of:"];

    /// <summary>The stated type and the words that state it, or null when the description does not say.</summary>
    public static (ParameterType Type, string Reason)? Of(string name, string description)
    {
        string text;
        try
        {
            text = HtmlCode.Replace(description, "`$1`");
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        foreach (var words in BooleanWords)
        {
            if (lower.IndexOf(words, StringComparison.Ordinal) >= 0)
            {
                return (ParameterType.Of("boolean"), $"its description (\"{words}\")");
            }
        }

        foreach (var words in DurationWords)
        {
            if (lower.IndexOf(words, StringComparison.Ordinal) >= 0)
            {
                return (ParameterType.Of("integer"), $"its description (a duration \"{words}\")");
            }
        }

        foreach (var words in ValueListWords)
        {
            var at = lower.IndexOf(words, StringComparison.Ordinal);
            if (at >= 0 && Values(text.Substring(at)) is { Count: > 0 } values)
            {
                return (ParameterType.Enum(values, Default(text.Substring(at))), "its description (the values it lists)");
            }
        }

        if (IsUrlName(name) && (lower.IndexOf("url", StringComparison.Ordinal) >= 0 || lower.IndexOf("uri", StringComparison.Ordinal) >= 0))
        {
            return (ParameterType.Of("string", "uri"), "its name and description (a URL)");
        }

        return null;
    }

    // The code spans after "values are", up to the word "default".
    private static List<string> Values(string text)
    {
        var end = text.IndexOf("default", StringComparison.OrdinalIgnoreCase);
        var list = end < 0 ? text : text.Substring(0, end);
        var values = new List<string>();
        try
        {
            foreach (Match span in CodeSpan.Matches(list))
            {
                var value = span.Groups[1].Value.Trim();
                if (value.Length > 0 && !values.Contains(value))
                {
                    values.Add(value);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            values.Clear();
        }

        return values;
    }

    private static string? Default(string text)
    {
        var at = text.IndexOf("default", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        try
        {
            var span = CodeSpan.Match(text, at);
            return span.Success && span.Index - at < 20 ? span.Groups[1].Value.Trim() : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static bool IsUrlName(string name) =>
        name.EndsWith("Url", StringComparison.Ordinal) || name.EndsWith("URL", StringComparison.Ordinal) || name.EndsWith("Uri", StringComparison.Ordinal)
        || name.EndsWith("URI", StringComparison.Ordinal) || name.EndsWith("_url", StringComparison.Ordinal) || name is "url" or "uri";
}
