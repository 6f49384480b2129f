using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Bundling;

/// <summary>
/// Bundles a spec split over several files into one document tree, before anything else reads it. Each relative
/// <c>$ref</c> to another file (YAML or JSON, any JSON pointer into it) is followed among the files of the spec's
/// folder, never on the disk or the network:
/// <list type="bullet">
/// <item>what can be a component (a schema, parameter, response, request body, header, example, link, callback,
/// security scheme) becomes one, named after its key or its file, once per file and pointer, and the reference points
/// at it: so a schema used from ten files is one type, and a schema that refers to itself stays recursive;</item>
/// <item>path items, webhooks and anything else are copied in place;</item>
/// <item>a fragment's own local references (<c>#/components/schemas/X</c> in <c>components.yaml</c>) mean that
/// fragment, and a reference back into the spec is made local.</item>
/// </list>
/// A reference that cannot be followed (no such file, a pointer that names nothing, a URL, a path out of the folder,
/// a cycle of references) is reported at its <c>$ref</c> and left out. References inside <c>x-</c> extensions and in
/// example data are left as they are. The source map learns where each part came from, so later diagnostics point
/// into the fragment files.
/// </summary>
internal sealed partial class DocumentBundler
{
    // Deeper chains of references, or copies within copies, are taken for cycles.
    private const int MaxChain = 64;

    private readonly Dictionary<string, FolderSource> _files = new(StringComparer.Ordinal);
    private readonly string _root;
    private readonly string _rootName;
    private readonly FolderSource _entry;
    private readonly JsonObject _document;
    private readonly bool _isSwagger2;
    private readonly BundledSourceMap _map;
    private readonly DiagnosticList _diagnostics;
    private readonly Dictionary<string, string> _placed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _copying = new(StringComparer.Ordinal);
    private readonly Queue<(Origin Origin, NodeRole Role, JsonObject Container, string Name)> _pending = new();

    private DocumentBundler(string path, JsonObject document, ISourceMap entryMap, SpecFolder folder, BundledSourceMap map, DiagnosticList diagnostics)
    {
        _document = document;
        _isSwagger2 = document.ContainsKey("swagger");
        _map = map;
        _diagnostics = diagnostics;
        _root = FolderPath.Normalize(folder.Root);
        _rootName = _root.Split('/').LastOrDefault(s => s.Length > 0) ?? _root;
        _entry = new FolderSource(path, document, entryMap);
        _files[_entry.Key] = _entry;
        foreach (var file in folder.Files)
        {
            var source = new FolderSource(file.Path, file.Text);
            if (!_files.ContainsKey(source.Key))
            {
                _files[source.Key] = source;
            }
        }
    }

    /// <summary>Bundles the files the spec refers to into <paramref name="root"/>, in place, reporting what cannot be followed.</summary>
    public static void Bundle(string path, JsonNode root, ISourceMap entryMap, SpecFolder folder, BundledSourceMap map, DiagnosticList diagnostics)
    {
        map.Root = root;
        if (root is not JsonObject document)
        {
            return;
        }

        var bundler = new DocumentBundler(path, document, entryMap, folder, map, diagnostics);
        bundler.ClaimComponentSlots();
        bundler.Visit(document, NodeRole.Document, bundler._entry, string.Empty, 0);
        bundler.PlacePending();
    }

    /// <summary>Visits a node: follows its references and its children's. Returns what takes its place, or null to leave it out.</summary>
    private JsonNode? Visit(JsonNode node, NodeRole role, FolderSource source, string pointer, int depth)
    {
        if (role == NodeRole.Data)
        {
            return node;
        }

        if (node is JsonObject map)
        {
            if (RefOf(map) is { } text && !(source == _entry && text.StartsWith("#", StringComparison.Ordinal)))
            {
                return Reference(map, text, role, source, pointer, depth);
            }

            if (role == NodeRole.Discriminator)
            {
                RewriteMapping(map, source, pointer);
            }

            foreach (var key in map.Select(pair => pair.Key).ToList())
            {
                if (key == "$ref" || NodeRoles.IsExtension(role, key) || map[key] is not { } child)
                {
                    continue;
                }

                var result = Visit(child, NodeRoles.Child(role, key), source, pointer + "/" + Pointer.Escape(key), depth);
                if (result is null)
                {
                    map.Remove(key);
                }
                else if (!ReferenceEquals(result, child))
                {
                    map[key] = result;
                }
            }

            return map;
        }

        if (node is JsonArray list)
        {
            var itemRole = NodeRoles.Item(role);
            var removed = new List<int>();
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not { } item)
                {
                    continue;
                }

                var result = Visit(item, itemRole, source, pointer + "/" + Index(i), depth);
                if (result is null)
                {
                    removed.Add(i);
                }
                else if (!ReferenceEquals(result, item))
                {
                    list[i] = result;
                }
            }

            if (removed.Count > 0)
            {
                // The items after a left-out one move up: each keeps the place it was written at.
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is { } item && !removed.Contains(i))
                    {
                        _map.Record(item, source.Map, pointer + "/" + Index(i));
                    }
                }

                for (var i = removed.Count - 1; i >= 0; i--)
                {
                    list.RemoveAt(removed[i]);
                }
            }
        }

        return node;
    }

    /// <summary>Follows the <c>$ref</c> of <paramref name="map"/>: a component's reference, a copy in place, or a reported failure.</summary>
    private JsonNode? Reference(JsonObject map, string text, NodeRole role, FolderSource source, string pointer, int depth)
    {
        var reference = ReferenceText.Parse(text);
        if (reference.Problem is { } problem)
        {
            return Fail(map, role, source, pointer, text, problem);
        }

        var located = Locate(source, reference, 0);
        if (located.Origin is not { } origin)
        {
            return Fail(map, role, source, pointer, text, located.Problem!);
        }

        if (CycleFrom(origin) is { } cycle)
        {
            return Fail(map, role, source, pointer, text, "it is part of a cycle of references across files: " + cycle);
        }

        var kind = ContainerKind(role);
        if (kind is not null)
        {
            if (origin.File == _entry)
            {
                map["$ref"] = "#" + origin.Pointer;
                return map;
            }

            var key = kind + "|" + origin.Key;
            var here = "#" + pointer;
            if (!(source == _entry && _placed.TryGetValue(key, out var claimed) && claimed == here))
            {
                map["$ref"] = Place(origin, role, kind, key);
                return map;
            }
        }

        return Copy(map, text, origin, role, source, pointer, depth);
    }

    /// <summary>Copies what the reference names into its place (a path item, or a component slot that claimed the file).</summary>
    private JsonNode? Copy(JsonObject map, string text, Origin origin, NodeRole role, FolderSource source, string pointer, int depth)
    {
        if (depth >= MaxChain || !_copying.Add(origin.Key))
        {
            return Fail(map, role, source, pointer, text, "it includes itself: " + Describe(origin) + " contains a reference back to it");
        }

        JsonNode? copy;
        try
        {
            copy = Visit(origin.Node.DeepClone(), role, origin.File, origin.Pointer, depth + 1);
        }
        finally
        {
            _copying.Remove(origin.Key);
        }

        if (copy is JsonObject copied)
        {
            foreach (var sibling in map.Where(pair => pair.Key != "$ref" && !copied.ContainsKey(pair.Key)).ToList())
            {
                // Beside a $ref, OpenAPI 3.1 lets summary and description override the referenced ones.
                var value = sibling.Value?.DeepClone();
                copied[sibling.Key] = value;
                if (value is not null)
                {
                    _map.Record(value, source.Map, pointer + "/" + Pointer.Escape(sibling.Key));
                }
            }
        }

        if (copy is not null)
        {
            _map.Record(copy, origin.File.Map, origin.Pointer);
        }

        return copy;
    }

    /// <summary>Rewrites a discriminator's mapping values that name files or a fragment's own components.</summary>
    private void RewriteMapping(JsonObject discriminator, FolderSource source, string pointer)
    {
        if (discriminator["mapping"] is not JsonObject mapping)
        {
            return;
        }

        foreach (var entry in mapping.ToList())
        {
            if (entry.Value is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                continue;
            }

            var text = value.GetValue<string>();
            var isLocal = text.StartsWith("#", StringComparison.Ordinal);

            // A bare name ('Beverage') names a schema component of the spec, wherever it is written.
            if ((isLocal && source == _entry) || (!isLocal && !LooksLikeFile(text)))
            {
                continue;
            }

            var at = pointer + "/mapping/" + Pointer.Escape(entry.Key);
            var reference = ReferenceText.Parse(text);
            var located = reference.Problem is null ? Locate(source, reference, 0) : default;
            if (located.Origin is not { } origin)
            {
                _diagnostics.Add(DiagnosticDescriptors.ExternalReferenceFailed, source.Map.Locate("#" + at), text, reference.Problem ?? located.Problem!, "the mapping value is left out");
                mapping.Remove(entry.Key);
                continue;
            }

            mapping[entry.Key] = origin.File == _entry ? "#" + origin.Pointer : Place(origin, NodeRole.Schema, ContainerKind(NodeRole.Schema)!, ContainerKind(NodeRole.Schema) + "|" + origin.Key);
        }
    }

    private static bool LooksLikeFile(string text) =>
        text.IndexOf('/') >= 0 || text.IndexOf('#') >= 0
        || text.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reports a reference that cannot be followed, at its <c>$ref</c>, and returns what stays in its place.</summary>
    private JsonNode? Fail(JsonObject map, NodeRole role, FolderSource source, string pointer, string text, string reason)
    {
        _diagnostics.Add(DiagnosticDescriptors.ExternalReferenceFailed, source.Map.Locate("#" + pointer + "/$ref"), text, reason, NodeRoles.Consequence(role));
        if (ContainerKind(role) is not null && role != NodeRole.Schema)
        {
            // An empty parameter or response would be invalid in its own right: it is left out.
            return null;
        }

        // A schema of any value (its other keywords kept), a path item without operations.
        map.Remove("$ref");
        return map;
    }

    private static string? RefOf(JsonNode? node) =>
        node is JsonObject map && map.TryGetPropertyValue("$ref", out var value) && value is JsonValue text && text.GetValueKind() == JsonValueKind.String
            ? text.GetValue<string>()
            : null;

    private static string Index(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A place in a file of the folder: the file, the pointer (escaped, without '#'), and the node there.</summary>
    private sealed record Origin(FolderSource File, string Pointer, JsonNode Node)
    {
        public string Key => File.Key + "#" + Pointer;
    }

    private readonly record struct Located(Origin? Origin, string? Problem);
}
