using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// The source map of an OpenAPI document embedded in a fenced block: places are found in the block's text as in
/// any YAML or JSON spec, then moved to the page's lines and columns. Problems without a place point at the fence.
/// </summary>
internal sealed class FencedSourceMap : ISourceMap
{
    private readonly MarkdownFence _fence;
    private readonly SpecSourceMap _block;

    public FencedSourceMap(string path, MarkdownFence fence, bool isJson)
    {
        Path = path;
        _fence = fence;
        _block = new SpecSourceMap(path, fence.Content, isJson);
    }

    public string Path { get; }

    /// <summary>The opening fence's line.</summary>
    public SpecLocation FileStart => new(Path, _fence.Opening.Start, _fence.Opening.Text.Length, _fence.Opening.Number, 0, _fence.Opening.Number, _fence.Opening.Text.Length);

    public SpecLocation AtLine(int line, int column) => ToPage(_block.AtLine(line, column));

    public SpecLocation Locate(string? pointer) => ToPage(_block.Locate(pointer));

    private SpecLocation ToPage(SpecLocation inBlock)
    {
        if (_fence.Lines.Count == 0 || (inBlock.Start == 0 && inBlock.Length == 0))
        {
            return FileStart;
        }

        var (startLine, startColumn, start) = Move(inBlock.StartLine, inBlock.StartColumn);
        var (endLine, endColumn, end) = Move(inBlock.EndLine, inBlock.EndColumn);
        return new SpecLocation(Path, start, System.Math.Max(0, end - start), startLine, startColumn, endLine, endColumn);
    }

    private (int Line, int Column, int Offset) Move(int line, int column)
    {
        var page = _fence.Lines[System.Math.Max(0, System.Math.Min(line, _fence.Lines.Count - 1))];
        var pageColumn = System.Math.Min(page.Text.Length, column + _fence.Removed(page));
        return (page.Number, pageColumn, page.Start + pageColumn);
    }
}
