namespace ConferenceGen.Generator.Diagnostics;

/// <summary>
/// Where things are in the file the user wrote: a spec's own text, or the markdown page a document was taken
/// from. Diagnostics are located through it, so they always point into a file the user can open.
/// </summary>
internal interface ISourceMap
{
    /// <summary>The path of the file problems without a better place are reported in.</summary>
    string Path { get; }

    /// <summary>The whole file's first line, for problems that have no better place.</summary>
    SpecLocation FileStart { get; }

    /// <summary>A 0-based line and column of the document's text.</summary>
    SpecLocation AtLine(int line, int column);

    /// <summary>The location of a JSON pointer into the document.</summary>
    SpecLocation Locate(string? pointer);
}
