using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// Merges the documents of one API's pages into one document: paths, operations and components are united;
/// a page whose servers or security differ from the first page's keeps them on its own operations; the same
/// operation or component defined differently by two pages is a note at the second, and the first one stands.
/// </summary>
internal static class DocumentMerge
{
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal) { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    // Where Swagger 2.0 keeps what OpenAPI 3 keeps under components.
    private static readonly string[] SwaggerComponents = ["definitions", "parameters", "responses", "securityDefinitions"];

    public static (JsonObject Document, MergedSourceMap Map) Merge(IReadOnlyList<MarkdownPart> parts, List<MarkdownNote> notes)
    {
        var first = parts[0];
        var merged = (JsonObject)first.Document.DeepClone();
        var map = new MergedSourceMap(first.Map);
        RouteAll(first, map);

        foreach (var part in parts.Skip(1))
        {
            var document = part.Document;
            if (document.ContainsKey("swagger") != merged.ContainsKey("swagger"))
            {
                notes.Add(Conflict(part, "#", "the OpenAPI version (Swagger 2.0 and OpenAPI 3 pages cannot share a client)", map, "#"));
                continue;
            }

            MergePaths(part, merged, map, notes, "paths");
            MergePaths(part, merged, map, notes, "webhooks");
            foreach (var (container, pointer) in ComponentContainers(document))
            {
                foreach (var entry in container)
                {
                    var target = Container(merged, pointer);
                    var entryPointer = pointer + "/" + Pointer.Escape(entry.Key);
                    if (!target.TryGetPropertyValue(entry.Key, out var existing))
                    {
                        target[entry.Key] = entry.Value?.DeepClone();
                        map.Route(entryPointer, part.Map);
                    }
                    else if (!JsonNode.DeepEquals(existing, entry.Value))
                    {
                        notes.Add(Conflict(part, entryPointer, "'" + entry.Key + "' (" + pointer.Substring(2) + ")", map, entryPointer));
                    }
                }
            }

            MergeTags(document, merged);
        }

        return (merged, map);
    }

    private static void MergePaths(MarkdownPart part, JsonObject merged, MergedSourceMap map, List<MarkdownNote> notes, string key)
    {
        if (part.Document[key] is not JsonObject paths)
        {
            return;
        }

        var serversDiffer = !JsonNode.DeepEquals(part.Document["servers"], merged["servers"]) && part.Document["servers"] is JsonArray;
        var securityDiffers = !JsonNode.DeepEquals(part.Document["security"], merged["security"]);
        var target = merged[key] as JsonObject ?? (JsonObject)(merged[key] = new JsonObject());
        foreach (var path in paths)
        {
            if (path.Value is not JsonObject item)
            {
                continue;
            }

            var pathPointer = "#/" + key + "/" + Pointer.Escape(path.Key);
            var copy = (JsonObject)item.DeepClone();
            if (serversDiffer && !copy.ContainsKey("servers"))
            {
                copy["servers"] = part.Document["servers"]!.DeepClone();
            }

            if (securityDiffers)
            {
                foreach (var operation in copy.Where(o => Methods.Contains(o.Key)).Select(o => o.Value).OfType<JsonObject>())
                {
                    if (!operation.ContainsKey("security"))
                    {
                        // No security on the page means no credentials for its operations, whatever the first page says.
                        operation["security"] = part.Document["security"]?.DeepClone() ?? new JsonArray();
                    }
                }
            }

            if (target[path.Key] is not JsonObject existing)
            {
                target[path.Key] = copy;
                map.Route(pathPointer, part.Map);
                foreach (var method in copy.Where(o => Methods.Contains(o.Key)))
                {
                    map.Route(pathPointer + "/" + method.Key, part.Map);
                }

                continue;
            }

            foreach (var entry in copy.ToList())
            {
                var entryPointer = pathPointer + "/" + Pointer.Escape(entry.Key);
                if (!existing.TryGetPropertyValue(entry.Key, out var known))
                {
                    copy.Remove(entry.Key);
                    existing[entry.Key] = entry.Value;
                    map.Route(entryPointer, part.Map);
                }
                else if (!JsonNode.DeepEquals(known, entry.Value))
                {
                    var what = Methods.Contains(entry.Key) ? "the operation " + entry.Key.ToUpperInvariant() + " " + path.Key : "'" + entry.Key + "' of the path " + path.Key;
                    notes.Add(Conflict(part, entryPointer, what, map, entryPointer));
                }
            }
        }
    }

    private static void MergeTags(JsonObject document, JsonObject merged)
    {
        if (document["tags"] is not JsonArray tags)
        {
            return;
        }

        var target = merged["tags"] as JsonArray ?? (JsonArray)(merged["tags"] = new JsonArray());
        var known = new HashSet<string>(target.OfType<JsonObject>().Select(Name), StringComparer.Ordinal);
        foreach (var tag in tags.OfType<JsonObject>())
        {
            if (known.Add(Name(tag)))
            {
                target.Add(tag.DeepClone());
            }
        }
    }

    private static string Name(JsonObject tag) => (tag["name"] as JsonValue)?.ToJsonString() ?? string.Empty;

    private static IEnumerable<(JsonObject Container, string Pointer)> ComponentContainers(JsonObject document)
    {
        if (document["components"] is JsonObject components)
        {
            foreach (var kind in components)
            {
                if (kind.Value is JsonObject container)
                {
                    yield return (container, "#/components/" + Pointer.Escape(kind.Key));
                }
            }
        }

        foreach (var key in SwaggerComponents)
        {
            if (document[key] is JsonObject container)
            {
                yield return (container, "#/" + key);
            }
        }
    }

    /// <summary>The object at a pointer of two or three segments (#/components/schemas, #/definitions), made when missing.</summary>
    private static JsonObject Container(JsonObject root, string pointer)
    {
        var current = root;
        foreach (var segment in pointer.Substring(2).Split('/'))
        {
            var name = Pointer.Unescape(segment);
            if (current[name] is not JsonObject next)
            {
                next = new JsonObject();
                current[name] = next;
            }

            current = next;
        }

        return current;
    }

    private static void RouteAll(MarkdownPart part, MergedSourceMap map)
    {
        foreach (var key in new[] { "paths", "webhooks" })
        {
            foreach (var path in part.Document[key] as JsonObject ?? new JsonObject())
            {
                var pathPointer = "#/" + key + "/" + Pointer.Escape(path.Key);
                map.Route(pathPointer, part.Map);
            }
        }

        foreach (var (container, pointer) in ComponentContainers(part.Document))
        {
            foreach (var entry in container)
            {
                map.Route(pointer + "/" + Pointer.Escape(entry.Key), part.Map);
            }
        }
    }

    private static MarkdownNote Conflict(MarkdownPart part, string pointer, string what, MergedSourceMap map, string firstPointer)
    {
        var firstPlace = map.Locate(firstPointer);
        var first = System.IO.Path.GetFileName(firstPlace.Path) + " line " + (firstPlace.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new MarkdownNote(MarkdownNoteKind.Conflict, part.Map.Locate(pointer), what, first, System.IO.Path.GetFileName(part.Path));
    }
}
