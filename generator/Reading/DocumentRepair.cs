using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// One pass over the document tree before OpenAPI.NET reads it:
/// <list type="bullet">
/// <item>keywords whose value has the wrong kind (the openapi-generator test spec's <c>required: optional</c>)
/// would make the reader throw and lose the whole document; each is set to null (the keyword's default) and reported;</item>
/// <item>in OpenAPI 3.0, <c>nullable: true</c> on a schema without <c>type</c> (the nullable-reference idiom
/// <c>{nullable: true, allOf: [$ref]}</c>) is dropped by OpenAPI.NET 3.11; it is kept as a marker extension.</item>
/// </list>
/// </summary>
internal static class DocumentRepair
{
    /// <summary>The extension that carries a schema's 3.0 <c>nullable: true</c> through the reader.</summary>
    public const string NullableMarker = "x-conferencegen-nullable";

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

    public sealed record Repair(string Pointer, string Keyword, string Expected, string Value);

    /// <summary>Repairs the tree in place and returns what was repaired.</summary>
    public static List<Repair> Apply(JsonNode root)
    {
        var repairs = new List<Repair>();
        var isOpenApi30 = root is JsonObject document && document["openapi"] is JsonValue version
            && version.GetValueKind() == JsonValueKind.String && version.GetValue<string>().StartsWith("3.0", StringComparison.Ordinal);
        Walk(root, "#", isOpenApi30, repairs, 0);
        return repairs;
    }

    private static void Walk(JsonNode? node, string pointer, bool isOpenApi30, List<Repair> repairs, int depth)
    {
        if (depth > 512)
        {
            return;
        }

        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(array[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), isOpenApi30, repairs, depth + 1);
            }

            return;
        }

        if (node is not JsonObject map)
        {
            return;
        }

        if (isOpenApi30 && !map.ContainsKey("type") && map["nullable"] is JsonValue nullable && nullable.GetValueKind() == JsonValueKind.True && !map.ContainsKey(NullableMarker))
        {
            map[NullableMarker] = true;
        }

        foreach (var entry in map.ToList())
        {
            var key = entry.Key;
            var childPointer = pointer + "/" + key.Replace("~", "~0").Replace("/", "~1");
            if (DataKeywords.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (entry.Value is JsonValue value)
            {
                if (BooleanKeywords.Contains(key) && !IsBoolean(value))
                {
                    repairs.Add(new Repair(childPointer, key, "a boolean", Text(value)));
                    map[key] = null;
                }
                else if (IntegerKeywords.Contains(key) && !IsInteger(value))
                {
                    repairs.Add(new Repair(childPointer, key, "a non-negative integer", Text(value)));
                    map[key] = null;
                }
            }
            else
            {
                Walk(entry.Value, childPointer, isOpenApi30, repairs, depth + 1);
            }
        }
    }

    private static bool IsBoolean(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => true,
        JsonValueKind.String => bool.TryParse(value.GetValue<string>(), out _),
        _ => false,
    };

    private static bool IsInteger(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.Number => int.TryParse(value.ToJsonString(), NumberStyles.None, CultureInfo.InvariantCulture, out _),
        JsonValueKind.String => int.TryParse(value.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out _),
        _ => false,
    };

    private static string Text(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
}
