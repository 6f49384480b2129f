using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConferenceGen.Generator.Tests.Documentation;

/// <summary>
/// The reference assemblies of a shared framework (Microsoft.AspNetCore.App) for net10.0, from the targeting pack of
/// the SDK that runs the tests, as the SDK resolves a FrameworkReference.
/// </summary>
internal static class SharedFramework
{
    public static IEnumerable<string> ReferenceAssemblies(string framework)
    {
        // The runtime runs from <dotnet>/shared/Microsoft.NETCore.App/<version>/; packs/ is beside shared/.
        var dotnet = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var pack = new DirectoryInfo(Path.Combine(dotnet, "packs", framework + ".Ref"));
        var version = pack.Exists
            ? pack.EnumerateDirectories("10.*").OrderByDescending(d => Version.TryParse(d.Name.Split('-')[0], out var v) ? v : new Version()).FirstOrDefault()
            : null;
        Assert.True(version is not null, $"No net10.0 targeting pack of {framework} under {pack.FullName}: the examples that use it cannot compile.");
        return Directory.EnumerateFiles(Path.Combine(version!.FullName, "ref", "net10.0"), "*.dll");
    }
}
