namespace ConferenceGen.Generator.Model;

/// <summary>One spec file as the pipeline sees it: its path, its text and the settings that apply to it.</summary>
internal sealed record SpecInput(string Path, string Text, SpecSettings Settings);

/// <summary>Per-spec settings from MSBuild item metadata and project properties.</summary>
/// <param name="Namespace">The namespace of everything generated from the spec.</param>
/// <param name="ClientName">The client class name.</param>
/// <param name="Visibility">"public" or "internal".</param>
/// <param name="NextLinks">More next-page links to look for (dotted wire names, separated by semicolons), beyond the common ones.</param>
internal sealed record SpecSettings(string Namespace, string ClientName, string Visibility, string NextLinks = "");
