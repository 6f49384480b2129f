using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Reading;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Diagnostics;

/// <summary>Collects the diagnostics of one spec, with locations found through the spec's source map.</summary>
internal sealed class DiagnosticList
{
    private readonly List<DiagnosticInfo> _items = new();

    public DiagnosticList(SpecSourceMap sourceMap) => SourceMap = sourceMap;

    public SpecSourceMap SourceMap { get; }

    public int Count => _items.Count;

    public void Add(DiagnosticDescriptor descriptor, string? pointer, params string[] args) =>
        _items.Add(new DiagnosticInfo(descriptor.Id, args.ToEquatableArray(), SourceMap.Locate(pointer)));

    public void Add(DiagnosticDescriptor descriptor, SpecLocation location, params string[] args) =>
        _items.Add(new DiagnosticInfo(descriptor.Id, args.ToEquatableArray(), location));

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
}
