using System;
using System.Collections.Generic;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// The source map of a document merged from several pages: each path, operation and component is routed to the
/// page that contributed it, and located there; the rest (info, servers, security) belongs to the first page.
/// </summary>
internal sealed class MergedSourceMap : ISourceMap
{
    private readonly ISourceMap _first;
    private readonly Dictionary<string, ISourceMap> _routes = new(StringComparer.Ordinal);

    public MergedSourceMap(ISourceMap first) => _first = first;

    public string Path => _first.Path;

    public SpecLocation FileStart => _first.FileStart;

    /// <summary>Sends pointers under <paramref name="prefix"/> to <paramref name="owner"/>; the first claim stands.</summary>
    public void Route(string prefix, ISourceMap owner)
    {
        if (!_routes.ContainsKey(prefix))
        {
            _routes[prefix] = owner;
        }
    }

    public SpecLocation AtLine(int line, int column) => _first.AtLine(line, column);

    public SpecLocation Locate(string? pointer) => Owner(pointer).Locate(pointer);

    /// <summary>The page that contributed the deepest routed parent of the pointer.</summary>
    public ISourceMap Owner(string? pointer)
    {
        var current = pointer ?? string.Empty;
        while (current.Length > 1)
        {
            if (_routes.TryGetValue(current, out var owner))
            {
                return owner;
            }

            var cut = current.LastIndexOf('/');
            if (cut <= 0)
            {
                break;
            }

            current = current.Substring(0, cut);
        }

        return _first;
    }
}
