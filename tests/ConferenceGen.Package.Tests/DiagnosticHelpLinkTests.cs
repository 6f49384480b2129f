using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// The diagnostics' help links come from the repository URL the package is built with, which the package's build
/// writes into the generator (the generator runs in the consumer's build, which cannot know it): with a URL, the
/// generator carries it and the commit; without one (this clone has no remote), it carries neither and the
/// diagnostics have no link. The links a consumer's build prints are checked in DiagnosticExamplesTests.
/// </summary>
[Collection(RepositoryBuilds.Name)]
public sealed class DiagnosticHelpLinkTests : IClassFixture<PackageFeed>
{
    private readonly PackageFeed _feed;

    public DiagnosticHelpLinkTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void The_packed_generator_carries_the_repository_of_the_nuspec_and_no_other()
    {
        var repository = PackedRepository.Url(_feed.PackagePath);
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        using var generator = new MemoryStream();
        using (var entry = package.GetEntry("analyzers/dotnet/cs/ConferenceGen.Generator.dll")!.Open())
        {
            entry.CopyTo(generator);
        }

        generator.Position = 0;
        var context = new AssemblyLoadContext("packed-generator", isCollectible: true);
        try
        {
            var metadata = context.LoadFromStream(generator).GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);

            Assert.Equal(repository, metadata.GetValueOrDefault("ConferenceGen.RepositoryUrl"));
            Assert.Equal(repository is null ? null : PackedRepository.Commit(_feed.PackagePath), metadata.GetValueOrDefault("ConferenceGen.RepositoryCommit"));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public async Task Building_the_generator_with_a_repository_url_writes_the_url_and_the_commit_into_it()
    {
        const string Url = "https://example.org/acme/conferencegen.git";
        var project = Path.Combine(_feed.RepositoryRoot, "generator", "ConferenceGen.Generator.csproj");

        // The attributes the build would compile into the generator, without compiling it (nothing in obj/ changes).
        var (exit, output) = await ProcessRunner.RunAsync(_feed.RepositoryRoot, "dotnet", $"msbuild \"{project}\" -nologo -t:GetAssemblyAttributes -getItem:AssemblyAttribute -p:RepositoryUrl={Url}");

        Assert.True(exit == 0, output);
        var items = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..(output.LastIndexOf('}') + 1)]).RootElement.GetProperty("Items").GetProperty("AssemblyAttribute").EnumerateArray()
            .Where(a => a.GetProperty("Identity").GetString() == "System.Reflection.AssemblyMetadataAttribute")
            .ToDictionary(a => a.GetProperty("_Parameter1").GetString()!, a => a.GetProperty("_Parameter2").GetString());
        Assert.Equal(Url, items.GetValueOrDefault("ConferenceGen.RepositoryUrl"));
        Assert.Matches("^[0-9a-f]{40}$", items.GetValueOrDefault("ConferenceGen.RepositoryCommit") ?? string.Empty);
    }
}

/// <summary>The repository the package's nuspec names (its URL only where the clone had one) and its commit.</summary>
internal static class PackedRepository
{
    public static string? Url(string packagePath) => Repository(packagePath).Attribute("url")?.Value;

    public static string? Commit(string packagePath) => Repository(packagePath).Attribute("commit")?.Value;

    private static XElement Repository(string packagePath)
    {
        using var package = ZipFile.OpenRead(packagePath);
        using var nuspec = new StreamReader(package.GetEntry("ConferenceGen.nuspec")!.Open());
        return XDocument.Parse(nuspec.ReadToEnd()).Descendants().Single(e => e.Name.LocalName == "repository");
    }
}
