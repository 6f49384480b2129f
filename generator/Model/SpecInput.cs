using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Model;

/// <summary>One spec file as the pipeline sees it: its path, its text, the settings that apply to it and how its diagnostics are reported.</summary>
/// <param name="Page">Set for a markdown page: what decides which client it joins and how a merged client is named.</param>
internal sealed record SpecInput(string Path, string Text, SpecSettings Settings, DiagnosticPolicy? Reporting = null, PageOrigin? Page = null)
{
    public DiagnosticPolicy Policy => Reporting ?? DiagnosticPolicy.Default;
}

/// <summary>Where a markdown page sits and which names its item metadata sets, for merging pages into clients.</summary>
/// <param name="Folder">Its folder under specs/ ("" at the top); pages of one sub-folder make one client.</param>
/// <param name="RootNamespace">The project's root namespace (or ConferenceGenNamespace), for the names of merged clients.</param>
/// <param name="Namespace">The Namespace metadata, when set.</param>
/// <param name="ClientName">The ClientName metadata, when set.</param>
internal sealed record PageOrigin(string Folder, string? RootNamespace, string? Namespace, string? ClientName);

/// <summary>Per-spec settings from MSBuild item metadata and project properties.</summary>
/// <param name="Namespace">The namespace of everything generated from the spec.</param>
/// <param name="ClientName">The client class name.</param>
/// <param name="Visibility">Whether generated types are public or internal.</param>
/// <param name="NextLinks">More next-page links to look for (dotted wire names), beyond the common ones.</param>
/// <param name="StrictEnums">Whether reading a value an enum does not list is an error rather than a kept value.</param>
/// <param name="Operations">Which operations are generated.</param>
internal sealed record SpecSettings(
    string Namespace,
    string ClientName,
    Visibility Visibility,
    EquatableArray<string> NextLinks = default,
    bool StrictEnums = false,
    OperationFilter? Operations = null)
{
    public OperationFilter Filter => Operations ?? OperationFilter.All;
}

/// <summary>
/// Which operations to generate: those matching any Include filter (all when there is none) and no Exclude
/// filter. Tags compare case-insensitively; paths and operation IDs are globs (<c>*</c> within a path segment,
/// <c>**</c> across segments).
/// </summary>
internal sealed record OperationFilter(
    EquatableArray<string> IncludeTags,
    EquatableArray<string> IncludePaths,
    EquatableArray<string> IncludeOperations,
    EquatableArray<string> ExcludeTags,
    EquatableArray<string> ExcludePaths,
    EquatableArray<string> ExcludeOperations)
{
    public static readonly OperationFilter All = new(
        EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty,
        EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    public bool IsAll => Equals(All);

    public bool HasIncludes => IncludeTags.Count + IncludePaths.Count + IncludeOperations.Count > 0;
}

/// <summary>What makes a spec's generated code distinct: where it is, and the namespace and client it generates.</summary>
internal sealed record SpecIdentity(string Path, string Namespace, string ClientName);
