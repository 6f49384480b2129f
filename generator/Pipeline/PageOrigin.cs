using ConferenceGen.Generator.Reading.Markdown;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>Where a markdown page sits and which names its item metadata sets, for merging pages into clients.</summary>
/// <param name="Folder">Its folder under specs/ ("" at the top); pages of one sub-folder make one client.</param>
/// <param name="RootNamespace">The project's root namespace (or ConferenceGenNamespace), for the names of merged clients.</param>
/// <param name="Namespace">The Namespace metadata, when set.</param>
/// <param name="ClientName">The ClientName metadata, when set.</param>
/// <param name="Request">What the Method, Path, Server, MediaType and Auth metadata say of a reference page's request, when any is set.</param>
internal sealed record PageOrigin(string Folder, string? RootNamespace, string? Namespace, string? ClientName, PageRequest? Request = null);
