using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConferenceGen.Prism.Tests.Generation;

namespace ConferenceGen.Prism.Tests.Calls;

/// <summary>
/// Where json-schema-faker gave up on a recursive schema in a reply Prism made: under a key that holds model X, an
/// object that is empty or made only of JSON Schema keywords (<c>{"description": …, "nullable": true}</c>, the
/// schema itself instead of a value). Found only for the model and property the client's error names.
/// </summary>
internal static class RecursionCut
{
    private static readonly Regex MissingProperty = new("The JSON for (\\w+) has no required property '([^']+)'", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> SchemaKeywords = new(System.StringComparer.Ordinal)
    {
        "description", "nullable", "title", "type", "properties", "required", "anyOf", "oneOf", "allOf", "$ref", "items",
        "additionalProperties", "enum", "format", "maxLength", "minLength", "pattern", "example", "default",
    };

    /// <summary>Where the cut is, for the report; null when the error is not a missing property of such a cut.</summary>
    public static string? Find(GeneratedApi api, string error, string? reply)
    {
        var missing = MissingProperty.Match(error);
        if (!missing.Success || string.IsNullOrEmpty(reply))
        {
            return null;
        }

        var keys = api.WireNamesHolding(missing.Groups[1].Value);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(reply);
        }
        catch (JsonException)
        {
            return null;
        }

        var lacking = new List<(string Path, JsonObject Value)>();
        Collect(root, "$", keys, missing.Groups[2].Value, lacking);
        return lacking.Count > 0 && lacking.All(l => l.Value.All(p => SchemaKeywords.Contains(p.Key) || p.Key.StartsWith("x-", System.StringComparison.Ordinal)))
            ? $"{lacking[0].Path} = {lacking[0].Value.ToJsonString()}"
            : null;
    }

    private static void Collect(JsonNode? node, string path, ISet<string> keys, string property, List<(string, JsonObject)> lacking)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    var inner = path + "." + key;
                    if (keys.Contains(key))
                    {
                        foreach (var (at, held) in Held(value, inner))
                        {
                            if (!held.ContainsKey(property))
                            {
                                lacking.Add((at, held));
                            }
                        }
                    }

                    Collect(value, inner, keys, property, lacking);
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    Collect(list[i], $"{path}[{i}]", keys, property, lacking);
                }

                break;
        }
    }

    // A key holds the model itself or a list of it.
    private static IEnumerable<(string, JsonObject)> Held(JsonNode? value, string path) => value switch
    {
        JsonObject map => new[] { (path, map) },
        JsonArray list => list.Select((item, i) => (item as JsonObject, $"{path}[{i}]")).Where(p => p.Item1 is not null).Select(p => (p.Item2, p.Item1!)),
        _ => System.Array.Empty<(string, JsonObject)>(),
    };
}
