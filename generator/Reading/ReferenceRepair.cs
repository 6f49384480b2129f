using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// Components that only alias another component of the same kind (<c>A: {$ref: '#/components/schemas/B'}</c>),
/// fixed in the tree before OpenAPI.NET reads it:
/// <list type="bullet">
/// <item>a chain of aliases is pointed straight at its end, because OpenAPI.NET follows a chain again on every
/// property read, which made a long chain take minutes;</item>
/// <item>aliases that come back to themselves make OpenAPI.NET throw on any read; each member of such a cycle
/// becomes an empty component (a schema of any JSON value) and is reported.</item>
/// </list>
/// </summary>
internal static class ReferenceRepair
{
    public sealed record Cycle(string Pointer, string Path);

    /// <summary>Repairs the tree in place and returns the cycles that were broken.</summary>
    public static List<Cycle> Apply(JsonNode root)
    {
        var cycles = new List<Cycle>();
        if (root is not JsonObject { } document || document["components"] is not JsonObject components)
        {
            return cycles;
        }

        foreach (var kind in components.Select(pair => pair.Key).ToList())
        {
            if (components[kind] is JsonObject map)
            {
                RepairKind(kind, map, cycles);
            }
        }

        return cycles;
    }

    private static void RepairKind(string kind, JsonObject map, List<Cycle> cycles)
    {
        var prefix = "#/components/" + kind + "/";
        var aliasOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in map)
        {
            if (pair.Value is JsonObject entry && entry["$ref"] is JsonValue reference && reference.GetValueKind() == JsonValueKind.String
                && reference.GetValue<string>() is { } target && target.StartsWith(prefix, StringComparison.Ordinal))
            {
                var key = Unescape(target.Substring(prefix.Length));
                if (map.ContainsKey(key))
                {
                    aliasOf[pair.Key] = key;
                }
            }
        }

        if (aliasOf.Count == 0)
        {
            return;
        }

        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in aliasOf.Keys.ToList())
        {
            if (broken.Contains(start))
            {
                continue;
            }

            // Walk to the end of the chain; a key seen twice is a cycle.
            var path = new List<string> { start };
            var seen = new HashSet<string>(StringComparer.Ordinal) { start };
            var current = start;
            while (aliasOf.TryGetValue(current, out var next) && !broken.Contains(next))
            {
                if (!seen.Add(next))
                {
                    var loop = path.Skip(path.IndexOf(next)).ToList();
                    foreach (var member in loop)
                    {
                        broken.Add(member);
                        map[member] = new JsonObject();
                        aliasOf.Remove(member);
                    }

                    cycles.Add(new Cycle("/components/" + kind + "/" + Pointer.Escape(loop[0]), string.Join(" → ", loop.Append(loop[0]))));
                    break;
                }

                path.Add(next);
                current = next;
            }

            var end = path[path.Count - 1];
            if (path.Count > 2 && !broken.Contains(end))
            {
                foreach (var member in path.Take(path.Count - 2))
                {
                    ((JsonObject)map[member]!)["$ref"] = prefix + Pointer.Escape(end);
                }
            }
        }
    }

    private static string Unescape(string segment) => Pointer.Unescape(Uri.UnescapeDataString(segment));
}
