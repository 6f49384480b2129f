using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// The shell commands of docs/getting-started.md, run as written in a new folder: pack this clone into
/// ~/conferencegen-packages, make a console project, point it at that folder, add the package, copy a spec, build
/// (no warning) and run. Only two things are supplied: `path/to/ConferenceGen` is this clone, and `~` a new home
/// folder, so that the package lands in an empty NuGet cache (a cached ConferenceGen of the same version would hide
/// the one just packed). The README gives the same commands.
/// </summary>
[Collection(RepositoryBuilds.Name)]
public sealed class GettingStartedCommandsTests
{
    private static readonly IReadOnlyDictionary<string, string> Metadata =
        typeof(GettingStartedCommandsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value!);

    private static readonly string Root = Path.GetFullPath(Metadata["RepositoryRoot"]).TrimEnd('/');

    [Fact]
    public void The_readme_gives_the_getting_started_commands_for_the_package_built_from_a_clone()
    {
        var first = BashBlocks("docs/getting-started.md").First();
        Assert.Contains("dotnet pack", first, StringComparison.Ordinal);
        Assert.Contains(BashBlocks("README.md"), block => block == first);
    }

    [Fact]
    public async Task The_getting_started_commands_pack_the_clone_add_the_package_and_build_without_warnings()
    {
        var work = Path.Combine(Path.GetTempPath(), "conferencegen-getting-started-" + Guid.NewGuid().ToString("N"));
        var home = Path.Combine(work, "home");
        Directory.CreateDirectory(home);
        try
        {
            var directory = work;
            var log = new List<string>();
            foreach (var written in BashBlocks("docs/getting-started.md").SelectMany(block => block.Split('\n')))
            {
                var command = Regex.Replace(written, @"\s+#.*$", string.Empty).Trim().Replace("path/to/ConferenceGen", Root, StringComparison.Ordinal);
                if (command.Length == 0)
                {
                    continue;
                }

                if (command.StartsWith("cd ", StringComparison.Ordinal))
                {
                    directory = Path.Combine(directory, command[3..]);
                    continue;
                }

                var (exit, output) = await RunAsync(directory, command, home);
                log.Add($"$ {written}\n{output}");
                Assert.True(exit == 0, string.Join("\n", log));
                if (command.StartsWith("dotnet build", StringComparison.Ordinal))
                {
                    Assert.DoesNotMatch(@"(?m): warning [A-Z]+\d+", output);
                }

                if (command.StartsWith("dotnet run", StringComparison.Ordinal))
                {
                    Assert.Contains("Hello, World!", output, StringComparison.Ordinal);
                }
            }

            // The package came from the folder the commands packed into, and the spec became a client.
            Assert.True(File.Exists(Path.Combine(home, "conferencegen-packages", "ConferenceGen.0.1.0.nupkg")), string.Join("\n", log));
            Assert.True(Directory.Exists(Path.Combine(home, ".nuget", "packages", "conferencegen")), string.Join("\n", log));
            var assembly = Directory.GetFiles(Path.Combine(work, "Consumer", "bin"), "Consumer.dll", SearchOption.AllDirectories).Single();
            Assert.Contains("Consumer.Twilio.TwilioClient", TypeNames(assembly));
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A build node may still hold a file; the temp folder is cleaned up by the system.
            }
        }
    }

    // `dotnet pack` builds this clone, which keeps its own home and package cache (a restore from another cache would
    // rewrite the clone's obj/); bash would expand its ~ to the new home, as written here. Everything else runs in the
    // new home with its empty cache.
    private static Task<(int ExitCode, string Output)> RunAsync(string directory, string command, string home)
    {
        var environment = new Dictionary<string, string>();
        if (command.StartsWith("dotnet pack", StringComparison.Ordinal))
        {
            command = command.Replace(" ~/", " " + home + "/", StringComparison.Ordinal);
        }
        else
        {
            environment["HOME"] = home;
            environment["NUGET_PACKAGES"] = Path.Combine(home, ".nuget", "packages");
        }

        return ProcessRunner.RunAsync(directory, "bash", $"-c \"{command.Replace("\"", "\\\"", StringComparison.Ordinal)}\"", TimeSpan.FromMinutes(5), environment);
    }

    private static List<string> BashBlocks(string page) =>
        Regex.Matches(File.ReadAllText(Path.Combine(Root, page)), @"^```bash\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value.TrimEnd('\n'))
            .ToList();

    private static List<string> TypeNames(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions.Select(handle => metadata.GetTypeDefinition(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .ToList();
    }
}

/// <summary>Tests that build this repository's projects in Release, one at a time (they share bin/ and obj/).</summary>
[CollectionDefinition(Name)]
public sealed class RepositoryBuilds
{
    public const string Name = "Release builds of the repository";
}
