using System;
using System.Text.Json.Nodes;

namespace ConferenceGen.Generator.Reading.Bundling;

/// <summary>One file a bundle reads from: parsed on first use, located through its own source map.</summary>
internal sealed class FolderSource
{
    private readonly string _text;
    private bool _parsed;
    private JsonNode? _tree;
    private string? _problem;

    public FolderSource(string path, string text)
    {
        Path = path;
        Key = FolderPath.Normalize(path);
        _text = text;
        Map = new SpecSourceMap(path, text, SpecReader.LooksLikeJson(text));
    }

    /// <summary>The spec itself: its tree is the bundle being built.</summary>
    public FolderSource(string path, JsonNode tree, Diagnostics.ISourceMap map)
    {
        Path = path;
        Key = FolderPath.Normalize(path);
        _text = string.Empty;
        _tree = tree;
        _parsed = true;
        Map = map;
    }

    public string Path { get; }

    /// <summary>The normalized path, by which references find the file.</summary>
    public string Key { get; }

    public Diagnostics.ISourceMap Map { get; }

    /// <summary>The parsed file, or null when it cannot be read (<see cref="Problem"/> says why).</summary>
    public JsonNode? Tree
    {
        get
        {
            Parse();
            return _tree;
        }
    }

    public string? Problem
    {
        get
        {
            Parse();
            return _problem;
        }
    }

    private void Parse()
    {
        if (_parsed)
        {
            return;
        }

        _parsed = true;
        if (string.IsNullOrWhiteSpace(_text))
        {
            _problem = "the file is empty";
            return;
        }

        try
        {
            _tree = SpecReader.ToTree(_text, SpecReader.LooksLikeJson(_text));
        }
        catch (Exception e)
        {
            var at = SpecReader.SyntaxErrorPosition(e) is { } position
                ? " (line " + (position.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ", column " + (position.Column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"
                : string.Empty;
            _problem = e.Message.TrimEnd('.') + at;
        }
    }
}
