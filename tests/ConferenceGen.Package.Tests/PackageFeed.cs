using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// Packs ConferenceGen once per test run into a folder that consumer projects restore from, with a package
/// cache of their own so that an older package of the same version can never be picked up.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    public string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public string WorkRoot { get; } = Path.Combine(Path.GetTempPath(), "conferencegen-package-tests", Guid.NewGuid().ToString("N"));

    public string FeedDirectory => Path.Combine(WorkRoot, "feed");

    public string PackagesDirectory => Path.Combine(WorkRoot, "packages");

    public string Version { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        var project = Path.Combine(RepositoryRoot, "runtime", "ConferenceGen.Runtime.csproj");
        var (exit, output) = await ProcessRunner.RunAsync(RepositoryRoot, "dotnet", $"pack \"{project}\" --no-build -c {Metadata("Configuration")} -o \"{FeedDirectory}\"");
        Assert.True(exit == 0, "dotnet pack failed:\n" + output);
        var package = Directory.GetFiles(FeedDirectory, "ConferenceGen.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(package).Substring("ConferenceGen.".Length);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(WorkRoot, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold a file; the temp folder is cleaned up by the system.
        }

        return Task.CompletedTask;
    }

    /// <summary>A new, empty consumer project folder that restores only from the feed.</summary>
    public ConsumerProject NewConsumer(string name) => new(this, Path.Combine(WorkRoot, name));

    private static string Metadata(string key) =>
        typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
