using System;
using System.Collections.Generic;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// The source map of a document derived from a reference page: each part of the document is recorded with the
/// page text it came from (the request line, a table row, an example), and a pointer without a record of its own
/// is located at its nearest recorded parent.
/// </summary>
internal sealed class DerivedSourceMap : ISourceMap
{
    private readonly Dictionary<string, SpecLocation> _places = new(StringComparer.Ordinal);

    public DerivedSourceMap(string path, SpecLocation whole)
    {
        Path = path;
        FileStart = whole;
    }

    public string Path { get; }

    /// <summary>The page's title, where problems of the whole document are reported.</summary>
    public SpecLocation FileStart { get; }

    public void Record(string pointer, SpecLocation place) => _places[pointer] = place;

    /// <summary>The derived text has no lines of its own that the user wrote.</summary>
    public SpecLocation AtLine(int line, int column) => FileStart;

    public SpecLocation Locate(string? pointer)
    {
        var current = string.IsNullOrEmpty(pointer) ? "#" : pointer!;
        while (current.Length > 1)
        {
            if (_places.TryGetValue(current, out var place))
            {
                return place;
            }

            var cut = current.LastIndexOf('/');
            if (cut <= 0)
            {
                break;
            }

            current = current.Substring(0, cut);
        }

        return FileStart;
    }
}
