using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Bundling;

/// <summary>Where bundled parts go: the spec's own component slots, and new components named after their key or file.</summary>
internal sealed partial class DocumentBundler
{
    /// <summary>
    /// A component of the spec that is only a reference to a file (<c>Error: {$ref: ./schemas/Error.yaml}</c>)
    /// is where that file goes: claimed first, so that other references to the file point at it, not at a copy.
    /// </summary>
    private void ClaimComponentSlots()
    {
        foreach (var (container, kind, prefix) in ComponentMaps())
        {
            foreach (var entry in container)
            {
                if (RefOf(entry.Value) is { } text && ReferenceText.Parse(text) is { Problem: null, IsLocal: false } reference
                    && Locate(_entry, reference, 0) is { Origin: { } origin } && origin.File != _entry)
                {
                    var key = kind + "|" + origin.Key;
                    if (!_placed.ContainsKey(key))
                    {
                        _placed[key] = prefix + Pointer.Escape(entry.Key);
                    }
                }
            }
        }
    }

    private IEnumerable<(JsonObject Container, string Kind, string Prefix)> ComponentMaps()
    {
        if (_isSwagger2)
        {
            foreach (var kind in new[] { "definitions", "parameters", "responses" })
            {
                if (_document[kind] is JsonObject map)
                {
                    yield return (map, kind, "#/" + kind + "/");
                }
            }

            yield break;
        }

        if (_document["components"] is JsonObject components)
        {
            foreach (var pair in components)
            {
                if (pair.Value is JsonObject map)
                {
                    yield return (map, pair.Key, "#/components/" + Pointer.Escape(pair.Key) + "/");
                }
            }
        }
    }

    /// <summary>The local reference of the component that holds what <paramref name="origin"/> names, made on first use.</summary>
    private string Place(Origin origin, NodeRole role, string kind, string key)
    {
        if (_placed.TryGetValue(key, out var local))
        {
            return local;
        }

        var container = Container(kind);
        var name = FreeName(container, PreferredName(origin));

        // Reserved now, filled once the walk is done: names stay unique, and a chain of many files is a queue, not a deep recursion.
        container[name] = new JsonObject();
        local = (_isSwagger2 ? "#/" + kind + "/" : "#/components/" + kind + "/") + Pointer.Escape(name);
        _placed[key] = local;
        _pending.Enqueue((origin, role, container, name));
        return local;
    }

    private void PlacePending()
    {
        while (_pending.Count > 0)
        {
            var (origin, role, container, name) = _pending.Dequeue();
            var content = Visit(origin.Node.DeepClone(), role, origin.File, origin.Pointer, 0) ?? new JsonObject();
            container[name] = content;
            _map.Record(content, origin.File.Map, origin.Pointer);
        }
    }

    /// <summary>Where components of a role go in this document (OpenAPI 3 or Swagger 2.0), or null when the role is copied in place.</summary>
    private string? ContainerKind(NodeRole role) => _isSwagger2 ? NodeRoles.Swagger2Key(role) : NodeRoles.ComponentsKey(role);

    private JsonObject Container(string kind)
    {
        var parent = _document;
        if (!_isSwagger2)
        {
            if (_document["components"] is not JsonObject components)
            {
                components = new JsonObject();
                _document["components"] = components;
            }

            parent = components;
        }

        if (parent[kind] is not JsonObject container)
        {
            container = new JsonObject();
            parent[kind] = container;
        }

        return container;
    }

    /// <summary>A component's name: the key the pointer ends in (<c>#/components/schemas/Error</c>), else the file's name.</summary>
    private static string PreferredName(Origin origin)
    {
        var segments = Pointer.Segments("#" + origin.Pointer) ?? Array.Empty<string>();
        var last = segments.Count > 0 ? segments[segments.Count - 1] : null;
        var stem = System.IO.Path.GetFileNameWithoutExtension(origin.File.Path);
        var raw = last is null ? stem
            : last.All(char.IsDigit) ? stem + "_" + string.Join("_", segments.Skip(Math.Max(0, segments.Count - 2)))
            : last;
        var safe = new string(raw.Select(c => char.IsLetterOrDigit(c) && c < 128 || c is '.' or '-' or '_' ? c : '_').ToArray()).Trim('_');
        return safe.Length == 0 ? "Component" : safe;
    }

    private static string FreeName(JsonObject container, string preferred)
    {
        var name = preferred;
        for (var n = 2; container.ContainsKey(name); n++)
        {
            name = preferred + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}
