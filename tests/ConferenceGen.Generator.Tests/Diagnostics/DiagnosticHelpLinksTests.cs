using System.Linq;
using System.Reflection;
using ConferenceGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Diagnostics;

/// <summary>
/// A diagnostic's help link leads to its entry in docs/diagnostics.md of the repository the package was built from,
/// or there is none: never a link to an address nobody owns. The repository comes from the generator's own build
/// (AssemblyMetadata its project writes when it has an https repository URL); the package tests check that a build
/// with -p:RepositoryUrl writes it and that the packed generator matches the package's nuspec.
/// </summary>
public sealed class DiagnosticHelpLinksTests
{
    private static readonly DiagnosticDescriptor[] All = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void A_repository_url_links_each_diagnostic_to_its_entry_at_the_commit_the_package_was_built_from()
    {
        var link = DiagnosticHelpLinks.BaseFor("https://github.com/acme/conferencegen.git", "812b87eaa1664eae606a9011ced772e743ca1471");

        Assert.Equal("https://github.com/acme/conferencegen/blob/812b87eaa1664eae606a9011ced772e743ca1471/docs/diagnostics.md#", link);
    }

    [Fact]
    public void Without_a_commit_the_link_is_to_the_default_branch()
    {
        Assert.Equal("https://gitlab.example.org/team/conferencegen/blob/HEAD/docs/diagnostics.md#", DiagnosticHelpLinks.BaseFor("https://gitlab.example.org/team/conferencegen/", null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("git@github.com:acme/conferencegen.git")]
    [InlineData("http://github.com/acme/conferencegen")]
    [InlineData("/home/me/conferencegen")]
    public void Without_an_https_repository_url_there_is_no_link(string? repositoryUrl)
    {
        Assert.Null(DiagnosticHelpLinks.BaseFor(repositoryUrl, "812b87eaa1664eae606a9011ced772e743ca1471"));
    }

    [Fact]
    public void Every_descriptor_links_to_its_entry_exactly_when_the_generator_was_built_with_a_repository_url()
    {
        var metadata = typeof(DiagnosticDescriptors).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        metadata.TryGetValue(DiagnosticHelpLinks.RepositoryUrlKey, out var repositoryUrl);
        metadata.TryGetValue(DiagnosticHelpLinks.RepositoryCommitKey, out var commit);
        var expected = DiagnosticHelpLinks.BaseFor(repositoryUrl, commit);

        foreach (var descriptor in All)
        {
            Assert.Equal(expected is null ? string.Empty : expected + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
        }
    }
}
