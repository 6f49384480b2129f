using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Diagnostics;

/// <summary>
/// A diagnostic as equatable data that can live in the cached pipeline: its descriptor, its message
/// arguments, its place in the spec and the severity it is reported at. Turned into a Roslyn
/// <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, EquatableArray<string> MessageArgs, SpecLocation Location)
{
    public string Id => Descriptor.Id;

    /// <summary>The descriptor's severity, unless the spec has more of this warning than are reported as warnings (<see cref="DiagnosticPolicy"/>).</summary>
    public DiagnosticSeverity Severity { get; init; } = Descriptor.DefaultSeverity;
}

/// <summary>A place in a spec file: character span and 0-based line and column positions.</summary>
internal sealed record SpecLocation(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The start of a file, for problems of the file as a whole.</summary>
    public static SpecLocation FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);
}
