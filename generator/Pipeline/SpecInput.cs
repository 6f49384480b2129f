using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Reading.Bundling;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>One spec file as the pipeline sees it: its path, its text, the settings that apply to it and how its diagnostics are reported.</summary>
/// <param name="Page">Set for a markdown page: what decides which client it joins and how a merged client is named.</param>
/// <param name="Folder">Set for a spec that refers to other files: the files it reaches (<see cref="SpecLibrary"/>), which are bundled into it.</param>
internal sealed record SpecInput(string Path, string Text, SpecSettings Settings, DiagnosticPolicy? Reporting = null, PageOrigin? Page = null, SpecFolder? Folder = null)
{
    public DiagnosticPolicy Policy => Reporting ?? DiagnosticPolicy.Default;
}
