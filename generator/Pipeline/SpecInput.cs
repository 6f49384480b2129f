using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>One spec file as the pipeline sees it: its path, its text, the settings that apply to it and how its diagnostics are reported.</summary>
/// <param name="Page">Set for a markdown page: what decides which client it joins and how a merged client is named.</param>
internal sealed record SpecInput(string Path, string Text, SpecSettings Settings, DiagnosticPolicy? Reporting = null, PageOrigin? Page = null)
{
    public DiagnosticPolicy Policy => Reporting ?? DiagnosticPolicy.Default;
}
