using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Bundling;

/// <summary>What a reference names: the file and node among the folder's files, or why it names nothing (a cycle among them).</summary>
internal sealed partial class DocumentBundler
{
    /// <summary>The file and the node a reference names, or why it names nothing.</summary>
    private Located Locate(FolderSource from, ReferenceText reference, int depth)
    {
        var file = from;
        if (reference.File is { } relative)
        {
            var path = FolderPath.Combine(FolderPath.Folder(from.Key), relative);
            if (!FolderPath.IsInside(path, _root))
            {
                return new Located(null, $"it leads out of the folder '{_rootName}' that the spec's files must stay in");
            }

            var found = Find(path) ?? (relative.IndexOf('%') >= 0 ? Find(FolderPath.Combine(FolderPath.Folder(from.Key), Uri.UnescapeDataString(relative))) : null);
            if (found is null)
            {
                return new Located(null, $"there is no file '{FolderPath.Relative(path, _root)}' among the files the build gives the generator (the YAML and JSON files under '{_rootName}')");
            }

            file = found;
        }

        if (file.Tree is not { } node)
        {
            return new Located(null, $"'{System.IO.Path.GetFileName(file.Path)}' cannot be read: {file.Problem}");
        }

        var at = string.Empty;
        foreach (var segment in reference.Segments)
        {
            if (node is JsonObject through && !through.ContainsKey(segment) && RefOf(through) is { } inner && depth < MaxChain)
            {
                // The pointer goes through a reference: on from what that one names.
                var next = Locate(file, ReferenceText.Parse(inner), depth + 1);
                if (next.Origin is not { } reached)
                {
                    return next;
                }

                (file, node, at) = (reached.File, reached.Node, reached.Pointer);
            }

            var child = node switch
            {
                JsonObject map => map.TryGetPropertyValue(segment, out var value) ? value : null,
                JsonArray list => int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < list.Count ? list[index] : null,
                _ => null,
            };

            if (child is null)
            {
                return new Located(null, $"'{System.IO.Path.GetFileName(file.Path)}' has nothing at #{ReferenceText.PointerOf(reference.Segments)}");
            }

            node = child;
            at += "/" + Pointer.Escape(segment);
        }

        return new Located(new Origin(file, at, node), null);
    }

    /// <summary>The cycle a chain of plain references starting at <paramref name="origin"/> runs into, described; null when it ends.</summary>
    private string? CycleFrom(Origin origin)
    {
        var chain = new List<Origin> { origin };
        var current = origin;
        while (RefOf(current.Node) is { } text)
        {
            var next = Locate(current.File, ReferenceText.Parse(text), 0);
            if (next.Origin is not { } reached)
            {
                // Reported where that reference is read.
                return null;
            }

            var seen = chain.FindIndex(o => o.Key == reached.Key);
            if (seen >= 0 || chain.Count >= MaxChain)
            {
                var loop = chain.Skip(Math.Max(0, seen)).Append(reached);
                return string.Join(" → ", loop.Select(Describe));
            }

            chain.Add(reached);
            current = reached;
        }

        return null;
    }

    private FolderSource? Find(string path)
    {
        if (_files.TryGetValue(path, out var exact))
        {
            return exact;
        }

        // Case-insensitive file systems: a reference that differs only in case finds the one file it can mean.
        var matches = _files.Where(pair => string.Equals(pair.Key, path, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return matches.Count == 1 ? matches[0].Value : null;
    }

    private string Describe(Origin origin) =>
        FolderPath.Relative(origin.File.Path, _root) + (origin.Pointer.Length == 0 ? string.Empty : "#" + origin.Pointer);
}
