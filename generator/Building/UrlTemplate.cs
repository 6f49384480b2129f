using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ConferenceGen.Generator.Building;

/// <summary>Splits a path or server URL template into literal text and <c>{variable}</c> names.</summary>
internal static class UrlTemplate
{
    private static readonly Regex Variable = new(@"\{([^{}]*)\}", RegexOptions.CultureInvariant);

    /// <summary>The parts in order: literal text (<c>IsVariable</c> false) or a variable's name.</summary>
    public static IEnumerable<(string Text, bool IsVariable)> Split(string template)
    {
        var position = 0;
        foreach (Match match in Variable.Matches(template))
        {
            if (match.Index > position)
            {
                yield return (template.Substring(position, match.Index - position), false);
            }

            yield return (match.Groups[1].Value, true);
            position = match.Index + match.Length;
        }

        if (position < template.Length)
        {
            yield return (template.Substring(position), false);
        }
    }
}
