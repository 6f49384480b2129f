using System;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ConferenceGen.Generator.Diagnostics;

/// <summary>
/// Where a diagnostic's help link points: its entry in docs/diagnostics.md of the repository the package was built
/// from, at the commit it was built from. The generator runs in the consumer's build, which knows neither, so the
/// package's build writes them into this assembly (AssemblyMetadata, see ConferenceGen.Generator.csproj) when it has a
/// repository URL (the clone's git remote, or -p:RepositoryUrl=...). Without one there is no link: never one to an
/// address nobody owns.
/// </summary>
internal static class DiagnosticHelpLinks
{
    public const string RepositoryUrlKey = "ConferenceGen.RepositoryUrl";
    public const string RepositoryCommitKey = "ConferenceGen.RepositoryCommit";

    /// <summary>The link without the entry's anchor, or null when this assembly was built without a repository URL.</summary>
    public static readonly string? Base = BaseFor(Metadata(RepositoryUrlKey), Metadata(RepositoryCommitKey));

    /// <summary>The help link of a diagnostic ID, or an empty string (no link).</summary>
    public static string For(string id) => Base is null ? string.Empty : Base + id.ToLowerInvariant();

    /// <summary>
    /// The page in a repository at an https URL (as the package's project URL is), at the commit when it is known and
    /// else at the default branch (HEAD); the blob path is the one GitHub and GitLab serve.
    /// </summary>
    public static string? BaseFor(string? repositoryUrl, string? commit)
    {
        if (repositoryUrl is null || !Uri.TryCreate(repositoryUrl.Trim(), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var repository = Regex.Replace(url.GetLeftPart(UriPartial.Path).TrimEnd('/'), @"\.git$", string.Empty);
        var revision = commit is not null && Regex.IsMatch(commit, "^[0-9a-fA-F]{7,64}$") ? commit : "HEAD";
        return $"{repository}/blob/{revision}/docs/diagnostics.md#";
    }

    private static string? Metadata(string key) =>
        typeof(DiagnosticHelpLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
}
