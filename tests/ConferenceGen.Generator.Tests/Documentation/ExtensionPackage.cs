using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ConferenceGen.Testing;

namespace ConferenceGen.Generator.Tests.Documentation;

/// <summary>
/// A companion package of this repository (extensions/ConferenceGen.AspNetCore, …) as a reader's project gets it: its
/// assembly, the runtime it depends on and the shared frameworks its project file references. The test project builds
/// them (ProjectReference without referencing their assemblies, so that ASP.NET Core's shared framework does not
/// replace the Microsoft.Extensions assemblies the other tests compile against).
/// </summary>
internal sealed class ExtensionPackage
{
    private ExtensionPackage(string assembly, IReadOnlyList<string> frameworkReferences)
    {
        Assembly = assembly;
        FrameworkReferences = frameworkReferences;
    }

    public string Assembly { get; }

    public IReadOnlyList<string> FrameworkReferences { get; }

    /// <summary>The extension whose package id is <paramref name="id"/>, or null when the repository has none.</summary>
    public static ExtensionPackage? Find(string id)
    {
        var project = Path.Combine(RepositoryFolder.Root, "extensions", id, id + ".csproj");
        if (!File.Exists(project))
        {
            return null;
        }

        var file = XDocument.Load(project);
        var targetFramework = file.Descendants("TargetFramework").Select(e => e.Value).FirstOrDefault()
            ?? file.Descendants("TargetFrameworks").Select(e => e.Value.Split(';').Last()).First();
        // Built with this test's configuration: bin/<Configuration>/net10.0/ is where the test runs from.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var assembly = Path.Combine(Path.GetDirectoryName(project)!, "bin", configuration, targetFramework, id + ".dll");
        Assert.True(File.Exists(assembly), $"{assembly} is not built: ConferenceGen.Generator.Tests.csproj references {id}'s project so that the build makes it.");
        var frameworks = file.Descendants("FrameworkReference").Select(e => (string)e.Attribute("Include")!).ToList();
        return new ExtensionPackage(assembly, frameworks);
    }
}
