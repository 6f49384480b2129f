using System;
using System.IO;
using System.Linq;
using System.Reflection;
using ConferenceGen.Testing;
using Xunit.Sdk;

namespace ConferenceGen.Prism.Tests.Prism;

/// <summary>
/// The pinned Stoplight Prism in tests/prism, installed there by <c>npm ci</c> (the test project's build and
/// .ci/run both run it when node_modules is missing). A missing install fails the test with what to do: these
/// tests never skip themselves for want of Prism.
/// </summary>
internal static class PrismInstallation
{
    public const string PinnedVersion = "5.16.0";

    public static string Folder =>
        typeof(PrismInstallation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "PrismFolder")?.Value
        ?? Path.Combine(RepositoryFolder.Root, "tests", "prism");

    /// <summary>The command-line entry point npm links into node_modules/.bin.</summary>
    public static string Executable
    {
        get
        {
            var path = Path.Combine(Folder, "node_modules", ".bin", "prism");
            if (!File.Exists(path))
            {
                throw new XunitException(
                    $"Stoplight Prism {PinnedVersion} is not installed: {path} is missing. Run `npm ci --ignore-scripts` in {Folder} "
                    + "(building ConferenceGen.Prism.Tests does this when node_modules is missing; it needs Node.js and npm).");
            }

            return path;
        }
    }
}
