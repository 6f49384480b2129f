namespace ConferenceGen.Generator.Building;

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
