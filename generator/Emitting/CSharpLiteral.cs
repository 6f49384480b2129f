using System.Globalization;
using System.Text;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Turns spec text into C# string literals that mean exactly that text and nothing more: quotes,
/// backslashes, line breaks (including U+2028/U+2029/U+0085, which C# also treats as line ends),
/// bidirectional controls and every other non-ASCII character are written as escapes.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            AppendEscaped(builder, c);
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A UTF-8 literal (<c>"…"u8</c>), or null when the text has a lone surrogate that UTF-8 cannot carry.</summary>
    public static string? Utf8(string text) => HasLoneSurrogate(text) ? null : String(text) + "u8";

    /// <summary>Text for the literal parts of an interpolated string (<c>$"…"</c>), which also doubles braces.</summary>
    public static string InterpolatedPart(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '{' or '}')
            {
                builder.Append(c).Append(c);
            }
            else
            {
                AppendEscaped(builder, c);
            }
        }

        return builder.ToString();
    }

    public static string Char(char c) => c switch
    {
        '\'' => @"'\''",
        '\\' => @"'\\'",
        _ when c < 0x20 || c > 0x7E => "'\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "'",
        _ => "'" + c + "'",
    };

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '"': builder.Append("\\\""); break;
            case '\\': builder.Append("\\\\"); break;
            case '\n': builder.Append("\\n"); break;
            case '\r': builder.Append("\\r"); break;
            case '\t': builder.Append("\\t"); break;
            default:
                if (c < 0x20 || c > 0x7E)
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }

                break;
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return true;
                }

                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
