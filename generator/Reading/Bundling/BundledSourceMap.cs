using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Bundling;

/// <summary>
/// The source map of a spec whose referenced files were bundled into it: the bundle remembers, for each node it
/// took from a file (a path item, a component, a list item that moved), the file and the pointer it came from. A
/// pointer into the bundle is walked node by node; the last remembered node on the way decides the file, and the
/// rest of the pointer is located there. Nodes are remembered by identity, so later repairs that move or drop
/// siblings do not confuse it.
/// </summary>
internal sealed class BundledSourceMap : ISourceMap
{
    private readonly ISourceMap _entry;
    private readonly Dictionary<JsonNode, (ISourceMap Map, string Pointer)> _origins = new(NodeIdentity.Instance);

    public BundledSourceMap(ISourceMap entry) => _entry = entry;

    /// <summary>The bundled document; set once the spec's text is parsed.</summary>
    public JsonNode? Root { get; set; }

    public string Path => _entry.Path;

    public SpecLocation FileStart => _entry.FileStart;

    public SpecLocation AtLine(int line, int column) => _entry.AtLine(line, column);

    /// <summary>Remembers where a node of the bundle was written (the first record stands).</summary>
    public void Record(JsonNode node, ISourceMap map, string pointer)
    {
        if (!_origins.ContainsKey(node))
        {
            _origins[node] = (map, pointer);
        }
    }

    public SpecLocation Locate(string? pointer)
    {
        var segments = Pointer.Segments("#" + (pointer ?? string.Empty).TrimStart('#'));
        if (Root is null || segments is null)
        {
            return _entry.Locate(pointer);
        }

        var map = _entry;
        var basePointer = string.Empty;
        var rest = new List<string>();
        JsonNode? node = Root;
        foreach (var segment in segments)
        {
            var next = node is null ? null : Child(node, segment);
            if (next is not null && _origins.TryGetValue(next, out var origin))
            {
                (map, basePointer) = origin;
                rest.Clear();
            }
            else
            {
                rest.Add(segment);
            }

            node = next;
        }

        return map.Locate("#" + basePointer + ReferenceText.PointerOf(rest));
    }

    private static JsonNode? Child(JsonNode node, string segment) => node switch
    {
        JsonObject map => map.TryGetPropertyValue(segment, out var value) ? value : null,
        JsonArray list => int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < list.Count ? list[index] : null,
        _ => null,
    };

    private sealed class NodeIdentity : IEqualityComparer<JsonNode>
    {
        public static readonly NodeIdentity Instance = new();

        public bool Equals(JsonNode? x, JsonNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(JsonNode obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
