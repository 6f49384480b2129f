namespace ConferenceGen.Generator.Model;

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
