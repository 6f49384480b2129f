using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// Finds keywords whose value has the wrong kind for the reader (the openapi-generator test spec has
/// <c>required: optional</c>), which makes OpenAPI.NET throw and lose the whole document. Each such value is
/// replaced by <c>null</c> (the keyword's default) in a copy of the text, so the rest of the spec still reads,
/// and the place is reported.
/// </summary>
internal static class ScalarRepair
{
    private static readonly HashSet<string> BooleanKeywords = new(StringComparer.Ordinal)
    {
        "required", "deprecated", "allowEmptyValue", "explode", "allowReserved", "nullable", "readOnly", "writeOnly", "uniqueItems",
    };

    private static readonly HashSet<string> IntegerKeywords = new(StringComparer.Ordinal)
    {
        "maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties",
    };

    // Values under these keys are free-form data, not OpenAPI objects.
    private static readonly HashSet<string> DataKeywords = new(StringComparer.Ordinal)
    {
        "example", "examples", "default", "enum", "const",
    };

    public sealed record Repair(SourceNode Value, string Keyword, string Expected);

    public static List<Repair> Find(SourceNode root)
    {
        var repairs = new List<Repair>();
        Walk(root, repairs);
        return repairs;
    }

    /// <summary>The text with every repaired value replaced by <c>null</c>, padded to keep later positions where they were.</summary>
    public static string Apply(string text, IReadOnlyList<Repair> repairs)
    {
        var builder = new StringBuilder(text);
        var ordered = new List<Repair>(repairs);
        ordered.Sort((a, b) => b.Value.Start.CompareTo(a.Value.Start));
        foreach (var repair in ordered)
        {
            var length = repair.Value.End - repair.Value.Start;
            var replacement = length >= 4 ? "null".PadRight(length) : "null";
            builder.Remove(repair.Value.Start, length).Insert(repair.Value.Start, replacement);
        }

        return builder.ToString();
    }

    private static void Walk(SourceNode node, List<Repair> repairs)
    {
        foreach (var item in node.Items)
        {
            Walk(item, repairs);
        }

        foreach (var (key, value) in node.Entries)
        {
            var name = key.Scalar ?? string.Empty;
            if (DataKeywords.Contains(name) || name.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (value.Kind != SourceNodeKind.Scalar)
            {
                Walk(value, repairs);
            }
            else if (BooleanKeywords.Contains(name) && !IsBoolean(value))
            {
                repairs.Add(new Repair(value, name, "a boolean"));
            }
            else if (IntegerKeywords.Contains(name) && !IsInteger(value))
            {
                repairs.Add(new Repair(value, name, "a non-negative integer"));
            }
        }
    }

    private static bool IsBoolean(SourceNode value) => IsNull(value) || bool.TryParse(value.Scalar, out _);

    private static bool IsInteger(SourceNode value) =>
        IsNull(value) || int.TryParse(value.Scalar, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static bool IsNull(SourceNode value) => !value.Quoted && value.Scalar is null or "" or "null" or "~";
}
