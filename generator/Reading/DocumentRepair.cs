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

    /// <summary>One repaired value; <paramref name="IsNullEntry"/> for a null in a list, which stands for nothing.</summary>
    public sealed record Repair(string Pointer, string Keyword, string Expected, string Value, bool IsNullEntry = false);

    /// <summary>Repairs the tree in place and returns what was repaired.</summary>
    public static List<Repair> Apply(JsonNode root)
    {
        var repairs = new List<Repair>();
        var isOpenApi30 = root is JsonObject document && document["openapi"] is JsonValue version
            && version.GetValueKind() == JsonValueKind.String && version.GetValue<string>().StartsWith("3.0", StringComparison.Ordinal);
        Walk(root, new List<string>(), isOpenApi30, repairs);
        return repairs;
    }

    // The path is kept as segments and turned into a pointer only for a repair: most documents need none.
    private static void Walk(JsonNode? node, List<string> path, bool isOpenApi30, List<Repair> repairs)
    {
        if (path.Count > 512)
        {
            return;
        }

        if (node is JsonArray array)
        {
            for (var i = array.Count - 1; i >= 0; i--)
            {
                path.Add(i.ToString(CultureInfo.InvariantCulture));
                if (array[i] is null)
                {
                    // A null where the spec lists objects or names (parameters, allOf, required…) means nothing.
                    repairs.Add(new Repair(PointerOf(path), path[path.Count - 2], "a value", "null", IsNullEntry: true));
                    array.RemoveAt(i);
                }
                else
                {
                    Walk(array[i], path, isOpenApi30, repairs);
                }

                path.RemoveAt(path.Count - 1);
            }

            return;
        }

        if (node is not JsonObject map)
        {
            return;
        }

        if (isOpenApi30 && map.TryGetPropertyValue("nullable", out var nullable) && nullable is JsonValue flag
            && flag.GetValueKind() == JsonValueKind.True && !map.ContainsKey("type") && !map.ContainsKey(NullableMarker))
        {
            map[NullableMarker] = true;
        }

        List<string>? invalid = null;
        List<string>? absent = null;
        foreach (var entry in map)
        {
            var key = entry.Key;
            if (DataKeywords.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (entry.Value is JsonValue value)
            {
                var expected = BooleanKeywords.Contains(key) && !IsBoolean(value) ? "a boolean"
                    : IntegerKeywords.Contains(key) && !IsInteger(value) ? "a non-negative integer"
                    : null;
                if (expected is not null)
                {
                    path.Add(key);
                    repairs.Add(new Repair(PointerOf(path), key, expected, Text(value)));
                    path.RemoveAt(path.Count - 1);
                    (invalid ??= new List<string>()).Add(key);
                }
            }
            else if (entry.Value is not null)
            {
                path.Add(key);
                Walk(entry.Value, path, isOpenApi30, repairs);
                path.RemoveAt(path.Count - 1);
            }
            else
            {
                // A key with no value (`200:` with nothing under it) is read as absent, not as an object of nulls.
                path.Add(key);
                repairs.Add(new Repair(PointerOf(path), key, "a value", "null"));
                path.RemoveAt(path.Count - 1);
                (absent ??= new List<string>()).Add(key);
            }
        }

        foreach (var key in invalid ?? Enumerable.Empty<string>())
        {
            map[key] = null;
        }

        foreach (var key in absent ?? Enumerable.Empty<string>())
        {
            map.Remove(key);
        }
    }

    private static string PointerOf(List<string> path) =>
        "#/" + string.Join("/", path.Select(Pointer.Escape));

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
