using ConferenceGen.Generator.Diagnostics;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// Finds where a JSON pointer (such as <c>#/paths/~1a/get/parameters/0/required</c>) is in the spec's text.
/// The node tree and line table are built on first use only, so a clean spec never pays for them.
/// </summary>
internal sealed class SpecSourceMap : ISourceMap
{
    private readonly string _path;

    /// <summary>The spec file's path.</summary>
    public string Path => _path;
    private readonly string _text;
    private readonly bool _isJson;
    private SourceNode? _root;
    private bool _parsed;
    private int[]? _lineStarts;

    public SpecSourceMap(string path, string text, bool isJson)
    {
        _path = path;
        _text = text;
        _isJson = isJson;
    }

    /// <summary>The node tree, or null when the text does not parse.</summary>
    /// <remarks>
    /// A markdown page's maps outlive the run that read the page, and two runs may locate through one at once: the
    /// tree is published before the flag that says it is there, so no reader sees the flag without the tree (two
    /// readers may both parse; they find the same tree).
    /// </remarks>
    public SourceNode? Root
    {
        get
        {
            if (!Volatile.Read(ref _parsed))
            {
                SourceNode? root;
                try
                {
                    root = _isJson ? JsonSourceParser.Parse(_text) : YamlSourceParser.Parse(_text);
                }
                catch (Exception)
                {
                    // The reader reports syntax errors itself; without a tree, locations fall back to the file start.
                    root = null;
                }

                _root = root;
                Volatile.Write(ref _parsed, true);
            }

            return _root;
        }
    }

    /// <summary>The whole file's first line, for problems that have no better place.</summary>
    public SpecLocation FileStart => At(0, 0);

    public SpecLocation At(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, _text.Length));
        end = Math.Max(start, Math.Min(end, _text.Length));
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new SpecLocation(_path, start, end - start, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>A 0-based line and column, clamped to the text.</summary>
    public SpecLocation AtLine(int line, int column)
    {
        _lineStarts ??= LineStarts(_text);
        line = Math.Max(0, Math.Min(line, _lineStarts.Length - 1));
        var offset = _lineStarts[line] + Math.Max(0, column);
        return At(offset, offset);
    }

    public SpecLocation At(SourceNode node) => At(node.Start, node.End);

    /// <summary>The location of a pointer; as close as the text allows when the pointer goes past what exists.</summary>
    public SpecLocation Locate(string? pointer)
    {
        var node = Find(pointer, out var key);
        if (node is null)
        {
            return FileStart;
        }

        // A whole block is too much to underline: point at its key instead.
        return node.Kind == SourceNodeKind.Scalar || key is null ? At(node) : At(key);
    }

    public SourceNode? Find(string? pointer, out SourceNode? key)
    {
        key = null;
        var node = Root;
        if (node is null || string.IsNullOrEmpty(pointer))
        {
            return node;
        }

        foreach (var segment in Segments(pointer!))
        {
            SourceNode? next = null;
            if (node.Kind == SourceNodeKind.Map)
            {
                next = node.Find(segment);
                if (next is not null)
                {
                    key = node.FindKey(segment);
                }
            }
            else if (node.Kind == SourceNodeKind.Sequence)
            {
                if (int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < node.Items.Count)
                {
                    next = node.Items[index];
                    key = null;
                }
                else
                {
                    // Some reader pointers leave out the index: take the first item that has the key.
                    foreach (var item in node.Items)
                    {
                        if (item.Kind == SourceNodeKind.Map && item.Find(segment) is { } found)
                        {
                            key = item.FindKey(segment);
                            next = found;
                            break;
                        }
                    }
                }
            }

            if (next is null)
            {
                break;
            }

            node = next;
        }

        return node;
    }

    private static IEnumerable<string> Segments(string pointer)
    {
        var body = pointer.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
        foreach (var raw in body.Split('/'))
        {
            if (raw.Length == 0)
            {
                continue;
            }

            var segment = Pointer.Unescape(raw);
            yield return segment.IndexOf('%') >= 0 ? Uri.UnescapeDataString(segment) : segment;
        }
    }

    private (int Line, int Column) Position(int offset)
    {
        _lineStarts ??= LineStarts(_text);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line, offset - _lineStarts[line]);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
