namespace ConferenceGen.Generator.Model;

/// <summary>A diagnostic as plain data (no Roslyn objects), so that it can live in the cached pipeline model.</summary>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> MessageArgs, SpecLocation? Location);

/// <summary>A place in a spec file: character span and 0-based line and column positions.</summary>
internal sealed record SpecLocation(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);
