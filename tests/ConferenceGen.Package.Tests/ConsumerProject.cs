using System;
using System.IO;
using System.Threading.Tasks;

namespace ConferenceGen.Package.Tests;

/// <summary>A project outside this repository that uses ConferenceGen only through its package.</summary>
public sealed class ConsumerProject
{
    private readonly PackageFeed _feed;

    public ConsumerProject(PackageFeed feed, string directory)
    {
        _feed = feed;
        Directory = directory;
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="conferencegen" value="{feed.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="conferencegen"><package pattern="ConferenceGen" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
    }

    public string Directory { get; }

    /// <summary>Writes the project file: a console app (or a library) with warnings as errors and one PackageReference.</summary>
    public void WriteProject(string extraItems = "", string extraProperties = "", string targetFramework = "net10.0", string outputType = "Exe", string nullable = "enable", string implicitUsings = "enable") =>
        WriteFile("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>{nullable}</Nullable>
                <ImplicitUsings>{implicitUsings}</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>Consumer</RootNamespace>
                <RestorePackagesPath>{_feed.PackagesDirectory}</RestorePackagesPath>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ConferenceGen" Version="{_feed.Version}" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);

    public void WriteFile(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void CopySpec(string repositorySpec, string relativePath) =>
        WriteFile(relativePath, File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "specs", repositorySpec)));

    public Task<(int ExitCode, string Output)> BuildAsync(string extraArguments = "") =>
        ProcessRunner.RunAsync(Directory, "dotnet", "build -c Release --nologo -v:minimal " + extraArguments);

    /// <summary>Copies a spec of the real-world corpus (../shared/corpus, or CONFERENCEGEN_CORPUS); a missing corpus fails the test.</summary>
    public void CopyCorpusSpec(string corpusRelativePath, string relativePath)
    {
        var corpus = Environment.GetEnvironmentVariable("CONFERENCEGEN_CORPUS");
        if (string.IsNullOrEmpty(corpus))
        {
            corpus = Path.GetFullPath(Path.Combine(_feed.RepositoryRoot, "..", "shared", "corpus"));
        }

        var source = Path.Combine(corpus, corpusRelativePath);
        Assert.True(File.Exists(source), $"The corpus spec {source} is missing: set CONFERENCEGEN_CORPUS to ../shared/corpus.");
        WriteFile(relativePath, File.ReadAllText(source));
    }

    /// <summary>Copies every file of a corpus folder (a spec split over several files), keeping its layout; a missing corpus fails the test.</summary>
    public void CopyCorpusFolder(string corpusRelativeFolder, string relativeFolder)
    {
        var corpus = Environment.GetEnvironmentVariable("CONFERENCEGEN_CORPUS");
        if (string.IsNullOrEmpty(corpus))
        {
            corpus = Path.GetFullPath(Path.Combine(_feed.RepositoryRoot, "..", "shared", "corpus"));
        }

        var source = Path.Combine(corpus, corpusRelativeFolder);
        Assert.True(System.IO.Directory.Exists(source), $"The corpus folder {source} is missing: set CONFERENCEGEN_CORPUS to ../shared/corpus.");
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            WriteFile(Path.Combine(relativeFolder, Path.GetRelativePath(source, file)), File.ReadAllText(file));
        }
    }

    public Task<(int ExitCode, string Output)> RunAsync() =>
        ProcessRunner.RunAsync(Directory, "dotnet", "run -c Release --no-build");
}
