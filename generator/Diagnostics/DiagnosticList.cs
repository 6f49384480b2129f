using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Diagnostics;

/// <summary>Collects the diagnostics of one spec, with locations found through the spec's source map.</summary>
internal sealed class DiagnosticList
{
    private readonly List<DiagnosticInfo> _items = new();
    private readonly HashSet<DiagnosticInfo> _seen = new();

    public DiagnosticList(ISourceMap sourceMap) => SourceMap = sourceMap;

    public ISourceMap SourceMap { get; }

    public int Count => _items.Count;

    public void Add(DiagnosticDescriptor descriptor, string? pointer, params string[] args) =>
        Add(descriptor, SourceMap.Locate(pointer), args);

    /// <summary>Adds a diagnostic once: the same problem found twice at the same place is one problem.</summary>
    public void Add(DiagnosticDescriptor descriptor, SpecLocation location, params string[] args)
    {
        var info = new DiagnosticInfo(descriptor, args.ToEquatableArray(), location);
        if (_seen.Add(info))
        {
            _items.Add(info);
        }
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
}
