using System;

namespace ConferenceGen.Generator.Reading.Bundling;

/// <summary>
/// The files a spec may refer to with relative <c>$ref</c>s: the folder they must stay in, and the files of it that
/// the spec reaches (the build hands them to the generator as additional files; nothing is read from the disk).
/// Equal when the root and every file's path and text are, so a spec re-generates only when a file it uses changes.
/// </summary>
/// <param name="Root">The folder references may not leave (specs/, or the folder of a spec added from elsewhere).</param>
/// <param name="Files">The files the spec reaches, directly or through other files, in path order; not the spec itself.</param>
internal sealed record SpecFolder(string Root, EquatableArray<FolderFile> Files);

/// <summary>One file of a <see cref="SpecFolder"/>: its path as the build gave it, and its text.</summary>
internal sealed record FolderFile(string Path, string Text);

/// <summary>What a file of a spec folder says about itself, found without generating anything from it.</summary>
/// <param name="IsReadable">Whether the file parses as YAML or JSON (an unreadable file that no spec uses is reported as a spec would be).</param>
/// <param name="IsDocument">Whether its root has an <c>openapi</c> or <c>swagger</c> key: a spec of its own. A readable file without one is a fragment.</param>
/// <param name="References">The file parts of its <c>$ref</c>s to other files (outside <c>x-</c> extensions), as written, each once.</param>
internal sealed record ReferenceScan(bool IsReadable, bool IsDocument, EquatableArray<string> References)
{
    public static readonly ReferenceScan Unreadable = new(false, false, EquatableArray<string>.Empty);

    /// <summary>Whether the file refers to any other file.</summary>
    public bool RefersToFiles => References.Count > 0;
}
