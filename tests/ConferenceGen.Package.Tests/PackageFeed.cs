using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// Packs ConferenceGen once per test run into a folder that consumer projects restore from, with a package
/// cache of their own so that an older package of the same version can never be picked up. When
/// CONFERENCEGEN_PACKAGES names a folder (.ci/run's artifacts/packages), the package and symbols package there are
/// used instead, so that the tests restore and inspect the very package CI produced.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    public string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public string WorkRoot { get; } = Path.Combine(Path.GetTempPath(), "conferencegen-package-tests", Guid.NewGuid().ToString("N"));

    public string FeedDirectory => Path.Combine(WorkRoot, "feed");

    public string PackagesDirectory => Path.Combine(WorkRoot, "packages");

    public string Version { get; private set; } = string.Empty;

    /// <summary>ConferenceGen.&lt;version&gt;.nupkg in the feed.</summary>
    public string PackagePath { get; private set; } = string.Empty;

    /// <summary>ConferenceGen.&lt;version&gt;.snupkg, the symbols package, beside it.</summary>
    public string SymbolsPackagePath => Path.ChangeExtension(PackagePath, ".snupkg");

    /// <summary>Whether the build the package came from was a ContinuousIntegrationBuild (CI=true, as in .ci/run).</summary>
    public bool ContinuousIntegrationBuild { get; } = string.Equals(Metadata("ContinuousIntegrationBuild"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        var packed = Environment.GetEnvironmentVariable("CONFERENCEGEN_PACKAGES");
        if (!string.IsNullOrEmpty(packed))
        {
            var files = Directory.GetFiles(packed, "ConferenceGen.*.*nupkg");
            Assert.True(files.Length == 2, $"CONFERENCEGEN_PACKAGES ({packed}) should hold one ConferenceGen .nupkg and its .snupkg: {string.Join(", ", files)}");
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(FeedDirectory, Path.GetFileName(file)));
            }
        }
        else
        {
            var project = Path.Combine(RepositoryRoot, "runtime", "ConferenceGen.Runtime.csproj");
            var (exit, output) = await ProcessRunner.RunAsync(RepositoryRoot, "dotnet", $"pack \"{project}\" --no-build -c {Metadata("Configuration")} -o \"{FeedDirectory}\"");
            Assert.True(exit == 0, "dotnet pack failed:\n" + output);
        }

        PackagePath = Directory.GetFiles(FeedDirectory, "ConferenceGen.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(PackagePath).Substring("ConferenceGen.".Length);
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
