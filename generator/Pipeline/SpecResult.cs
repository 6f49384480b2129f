using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>Everything one spec produces: the files to emit and the diagnostics to report.</summary>
internal sealed record SpecResult(EquatableArray<GeneratedUnit> Units, EquatableArray<DiagnosticInfo> Diagnostics);
