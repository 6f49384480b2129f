using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// Writes a document tree as block-style YAML, for derived specs a user reads and may take over. Strings are
/// plain where YAML reads them back as the same string, else double-quoted with JSON escapes (valid YAML).
/// </summary>
internal static class YamlText
{
    public static string Write(JsonNode document)
    {
        var builder = new StringBuilder();
        WriteBlock(builder, document, 0);
        return builder.ToString();
    }

    private static void WriteBlock(StringBuilder builder, JsonNode? node, int indent)
    {
        switch (node)
        {
            case JsonObject map when map.Count > 0:
                foreach (var entry in map)
                {
                    builder.Append(' ', indent).Append(Scalar(entry.Key)).Append(':');
                    WriteValue(builder, entry.Value, indent);
                }

                break;
            case JsonArray list when list.Count > 0:
                foreach (var item in list)
                {
                    builder.Append(' ', indent).Append('-');
                    if (item is JsonObject { Count: > 0 } itemMap)
                    {
                        // The first key goes on the dash's line; the others line up under it.
                        var inner = new StringBuilder();
                        WriteBlock(inner, itemMap, indent + 2);
                        builder.Append(' ').Append(inner.ToString().Substring(indent + 2));
                    }
                    else
                    {
                        WriteValue(builder, item, indent);
                    }
                }

                break;
            default:
                builder.Append(Inline(node)).Append('\n');
                break;
        }
    }

    private static void WriteValue(StringBuilder builder, JsonNode? value, int indent)
    {
        if (value is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
        {
            builder.Append('\n');
            WriteBlock(builder, value, indent + 2);
        }
        else
        {
            builder.Append(' ').Append(Inline(value)).Append('\n');
        }
    }

    private static string Inline(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Scalar(value.GetValue<string>()),
        _ => node.ToJsonString(),
    };

    private static string Scalar(string text) => IsPlain(text) ? text : JsonSerializer.Serialize(text);

    // Conservative: letters, digits and a few inner punctuation marks, and nothing YAML would read as another type.
    private static bool IsPlain(string text)
    {
        if (text.Length == 0 || text.Length > 200 || !char.IsLetter(text[0]) || text[text.Length - 1] == ' ')
        {
            return false;
        }

        if (text.Any(c => !(char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '/' or '(' or ')' or ',' or '\'')) || text.IndexOf(" #", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var lower = text.ToLowerInvariant();
        return lower is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off" or "y" or "n" or "~")
            && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }
}
