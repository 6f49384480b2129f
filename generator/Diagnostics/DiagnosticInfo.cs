using ConferenceGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Diagnostics;

/// <summary>
/// A diagnostic as equatable data that can live in the cached pipeline: its descriptor, its message
/// arguments and its place in the spec. Turned into a Roslyn <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, EquatableArray<string> MessageArgs, SpecLocation Location)
{
    public string Id => Descriptor.Id;
}

/// <summary>A place in a spec file: character span and 0-based line and column positions.</summary>
internal sealed record SpecLocation(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The start of a file, for problems of the file as a whole.</summary>
    public static SpecLocation FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);
}
