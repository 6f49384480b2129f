using System.Collections.Generic;
using System.Text;

namespace ConferenceGen.Generator.Naming;

/// <summary>
/// Makes readable C# identifiers from spec names. The spec name stays the wire name; the identifier only
/// has to be valid, stable and say what the name means. Comparison suffixes carry meaning in real specs
/// (Twilio's <c>DateCreated&lt;</c>), so they become words instead of being dropped.
/// </summary>
internal static class Identifier
{
    // Longest first, so "<=" is not read as "<" followed by "=".
    private static readonly (string Symbol, string Temporal, string General)[] Comparisons =
    [
        ("<=", "OnOrBefore", "AtMost"),
        (">=", "OnOrAfter", "AtLeast"),
        ("!=", "Not", "Not"),
        ("<", "Before", "LessThan"),
        (">", "After", "GreaterThan"),
    ];

    /// <summary>A PascalCase identifier, for types, properties, methods and enum members.</summary>
    public static string Pascal(string? raw, string fallback, bool temporal = false)
    {
        var words = Words(raw ?? string.Empty, temporal);
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            AppendCapitalized(builder, word);
        }

        return Finish(builder.ToString(), fallback);
    }

    /// <summary>A camelCase identifier, for parameters. It may be a keyword (<c>class</c>): the emitters escape it.</summary>
    public static string Camel(string? raw, string fallback, bool temporal = false)
    {
        var pascal = Pascal(raw, fallback, temporal);
        return pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    /// <summary>
    /// The longest identifier a claimed name may be. C# takes longer ones, but metadata stops at 1,024 bytes
    /// (CS7013), and generated names are built from others (<c>UpdateConferenceRequestStatus</c>) and get suffixes
    /// (<c>Async</c>, the compiler's <c>&lt;…&gt;d__4</c>): a spec's 5,000-character operationId must not reach that limit.
    /// </summary>
    public const int MaxLength = 256;

    /// <summary>
    /// <paramref name="name"/>, or where it is longer than <see cref="MaxLength"/>, its start and a stable hash of the
    /// whole, so that two long names that differ only at the end stay two names.
    /// </summary>
    public static string Bounded(string name) =>
        name.Length <= MaxLength ? name : name.Substring(0, MaxLength - 9) + "_" + StableHash.Of(name);

    /// <summary>A private field name for a property: <c>_</c> and the property name in camelCase.</summary>
    public static string Field(string propertyName) =>
        "_" + (propertyName[0] == '_' ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1));


    private static string Finish(string identifier, string fallback)
    {
        if (identifier.Length == 0)
        {
            identifier = fallback;
        }

        return identifier.Length > 0 && char.IsDigit(identifier[0]) ? "_" + identifier : identifier;
    }

    private static void AppendCapitalized(StringBuilder builder, string word)
    {
        // All-caps words read better as words (HEAD -> Head, API -> Api); mixed case is kept (iPhone -> IPhone).
        var allUpper = true;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                allUpper = false;
                break;
            }
        }

        builder.Append(char.ToUpperInvariant(word[0]));
        for (var i = 1; i < word.Length; i++)
        {
            builder.Append(allUpper ? char.ToLowerInvariant(word[i]) : word[i]);
        }
    }

    /// <summary>Splits a name into words at separators, case changes and letter/digit changes.</summary>
    internal static List<string> Words(string raw, bool temporal)
    {
        var words = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        for (var i = 0; i < raw.Length; i++)
        {
            var comparison = ComparisonAt(raw, i, temporal);
            if (comparison is { } found)
            {
                Flush();
                words.Add(found.Word);
                i += found.Length - 1;
                continue;
            }

            var c = raw[i];
            if (c == '-' && i + 1 < raw.Length && char.IsDigit(raw[i + 1]) && (i == 0 || !char.IsLetterOrDigit(raw[i - 1])))
            {
                // A negative number such as an enum value -1.
                Flush();
                words.Add("Minus");
                continue;
            }

            if (!IsIdentifierChar(c))
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                var previous = current[current.Length - 1];
                var next = i + 1 < raw.Length ? raw[i + 1] : '\0';
                var lowerToUpper = char.IsLower(previous) && char.IsUpper(c);
                var acronymEnd = char.IsUpper(previous) && char.IsUpper(c) && char.IsLower(next);
                if (lowerToUpper || acronymEnd)
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();
        return words;
    }

    private static (string Word, int Length)? ComparisonAt(string raw, int index, bool temporal)
    {
        foreach (var (symbol, temporalWord, generalWord) in Comparisons)
        {
            if (string.CompareOrdinal(raw, index, symbol, 0, symbol.Length) == 0)
            {
                return (temporal ? temporalWord : generalWord, symbol.Length);
            }
        }

        return null;
    }

    private static bool IsIdentifierChar(char c) => c < 0x80 ? char.IsLetterOrDigit(c) : char.IsLetter(c) || char.IsDigit(c);
}
