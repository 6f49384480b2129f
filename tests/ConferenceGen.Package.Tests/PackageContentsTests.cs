using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// What the ConferenceGen package carries, read from the .nupkg and .snupkg the other package tests restore (under
/// .ci/run, the package in artifacts/packages): its files, its nuspec (licence, repository, readme, one dependency
/// group per lib/ target), the runtime's PDBs in the symbols package, and PDBs without this machine's paths when the
/// build was a ContinuousIntegrationBuild.
/// </summary>
public sealed class PackageContentsTests : IClassFixture<PackageFeed>
{
    /// <summary>
    /// The runtime's target frameworks, each a lib/ folder with one dependency group, and the packages it depends on
    /// there (at the versions Directory.Packages.props gives, unless an entry names its own). A target the runtime gains is added here.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> RuntimeTargets = new Dictionary<string, string[]>
    {
        ["net8.0"] = ["Microsoft.Extensions.Http", "Microsoft.Extensions.Http.Resilience"],

        // The runtime's VersionOverride items name their version here: the first releases made for netstandard2.0.
        ["netstandard2.0"] =
        [
            "Microsoft.Bcl.AsyncInterfaces", "Microsoft.Bcl.TimeProvider", "Microsoft.Extensions.Http", "Polly.Core", "Polly.RateLimiting",
            "System.ComponentModel.Annotations", "System.Memory", "System.Text.Json 9.0.0",
        ],
    };

    // What the generator loads beside itself (the GeneratorDependency items of generator/ConferenceGen.Generator.csproj).
    private static readonly string[] GeneratorFiles =
        ["ConferenceGen.Generator.dll", "Microsoft.OpenApi.dll", "Microsoft.OpenApi.YamlReader.dll", "Scriban.Signed.dll", "SharpYaml.dll"];

    private readonly PackageFeed _feed;

    public PackageContentsTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void The_package_holds_the_runtime_per_target_the_generator_with_its_dependencies_the_build_files_and_the_task()
    {
        var expected = new List<string> { "ConferenceGen.nuspec", "README.md", "LICENSE" };
        expected.AddRange(RuntimeTargets.Keys.SelectMany(tfm => new[] { $"lib/{tfm}/ConferenceGen.Runtime.dll", $"lib/{tfm}/ConferenceGen.Runtime.xml" }));
        expected.AddRange(GeneratorFiles.Select(file => "analyzers/dotnet/cs/" + file));
        expected.AddRange(new[] { "build", "buildTransitive" }.SelectMany(folder => new[] { $"{folder}/ConferenceGen.props", $"{folder}/ConferenceGen.targets" }));
        expected.AddRange(GeneratorFiles.Append("ConferenceGen.Tasks.dll").Select(file => "tasks/netstandard2.0/" + file));

        using var package = ZipFile.OpenRead(_feed.PackagePath);
        var files = PackageFiles(package);

        Assert.Equal(expected.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "README.md")), ReadText(package, "README.md"));
        Assert.Equal(File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "LICENSE")), ReadText(package, "LICENSE"));
        Assert.Equal(
            File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "runtime", "build", "ConferenceGen.targets")),
            ReadText(package, "buildTransitive/ConferenceGen.targets"));
    }

    [Fact]
    public void Every_assembly_the_generator_and_the_task_reference_is_in_their_folder_or_comes_with_their_host()
    {
        // The compiler brings Roslyn and the framework; MSBuild brings those and its own assemblies.
        static bool FromHost(string name) =>
            name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal) ||
            name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name.StartsWith("Microsoft.Build", StringComparison.Ordinal) ||
            name == "Microsoft.CSharp";

        using var package = ZipFile.OpenRead(_feed.PackagePath);
        foreach (var folder in new[] { "analyzers/dotnet/cs/", "tasks/netstandard2.0/" })
        {
            var assemblies = package.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
            var present = assemblies.Select(e => Path.GetFileNameWithoutExtension(e.Name)).ToHashSet(StringComparer.Ordinal);
            foreach (var assembly in assemblies)
            {
                using var pe = new PEReader(new MemoryStream(ReadBytes(assembly)));
                var metadata = pe.GetMetadataReader();
                var missing = metadata.AssemblyReferences
                    .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
                    .Where(name => !present.Contains(name) && !FromHost(name))
                    .ToList();
                Assert.True(missing.Count == 0, $"{assembly.FullName} references {string.Join(", ", missing)}, which the package does not carry.");
            }
        }
    }

    [Fact]
    public async Task The_nuspec_names_the_licence_the_readme_the_repository_and_one_dependency_group_per_lib_target()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        var metadata = XDocument.Parse(ReadText(package, "ConferenceGen.nuspec")).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

        Assert.Equal("ConferenceGen", Element("id").Value);
        Assert.Equal(_feed.Version, Element("version").Value);
        Assert.Equal("expression", Element("license").Attribute("type")?.Value);
        Assert.Equal("MIT", Element("license").Value);
        Assert.Equal("README.md", Element("readme").Value);
        Assert.Equal("ConferenceGen contributors", Element("authors").Value);
        Assert.Contains("ConferenceGen contributors", Element("copyright").Value, StringComparison.Ordinal);

        // The repository and commit the package was built from; a URL only where the clone has a remote to take it from.
        var repository = Element("repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal(await GitAsync("rev-parse HEAD"), repository.Attribute("commit")?.Value);
        // A remote that is a folder (a clone of a clone, as CI makes) has no URL to publish: Source Link names none.
        var remotes = (await GitAsync("remote")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var remote = remotes.Length == 0 ? string.Empty : await GitAsync("remote get-url " + remotes[0].Trim());
        if (!(remote.StartsWith("https://", StringComparison.Ordinal) || remote.StartsWith("http://", StringComparison.Ordinal)
            || remote.StartsWith("ssh://", StringComparison.Ordinal) || remote.StartsWith("git@", StringComparison.Ordinal)))
        {
            Assert.Null(repository.Attribute("url"));
            Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "projectUrl");
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(repository.Attribute("url")?.Value), "The clone has a remote, but the nuspec names no repository URL.");
        }

        var versions = XDocument.Load(Path.Combine(_feed.RepositoryRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => p.Attribute("Include")!.Value, p => p.Attribute("Version")!.Value, StringComparer.Ordinal);
        var groups = Element("dependencies").Elements().Where(e => e.Name.LocalName == "group")
            .ToDictionary(g => FolderName(g.Attribute("targetFramework")!.Value), g => g, StringComparer.Ordinal);
        var libFolders = PackageFiles(package).Where(f => f.StartsWith("lib/", StringComparison.Ordinal)).Select(f => f.Split('/')[1]).Distinct();

        Assert.Equal(RuntimeTargets.Keys.Order(StringComparer.Ordinal), libFolders.Order(StringComparer.Ordinal));
        Assert.Equal(RuntimeTargets.Keys.Order(StringComparer.Ordinal), groups.Keys.Order(StringComparer.Ordinal));
        foreach (var (tfm, dependencies) in RuntimeTargets)
        {
            var declared = groups[tfm].Elements().Where(e => e.Name.LocalName == "dependency")
                .Select(d => $"{d.Attribute("id")!.Value} {d.Attribute("version")!.Value}");
            Assert.Equal(dependencies.Select(id => id.Contains(' ') ? id : $"{id} {versions[id]}").Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_symbols_package_holds_the_pdb_of_each_runtime_dll_and_the_package_holds_no_pdb()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        using var symbols = ZipFile.OpenRead(_feed.SymbolsPackagePath);

        Assert.DoesNotContain(PackageFiles(package), f => f.EndsWith(".pdb", StringComparison.Ordinal));
        Assert.Equal(
            RuntimeTargets.Keys.Select(tfm => $"lib/{tfm}/ConferenceGen.Runtime.pdb").Order(StringComparer.Ordinal),
            PackageFiles(symbols).Where(f => f != "ConferenceGen.nuspec").Order(StringComparer.Ordinal));
        foreach (var tfm in RuntimeTargets.Keys)
        {
            using var pe = new PEReader(new MemoryStream(ReadBytes(package.GetEntry($"lib/{tfm}/ConferenceGen.Runtime.dll")!)));
            using var pdb = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(ReadBytes(symbols.GetEntry($"lib/{tfm}/ConferenceGen.Runtime.pdb")!)));
            var codeView = pe.ReadDebugDirectory().Single(entry => entry.Type == DebugDirectoryEntryType.CodeView);
            var data = pe.ReadCodeViewDebugDirectoryData(codeView);
            Assert.Equal(new BlobContentId(data.Guid, codeView.Stamp), new BlobContentId(pdb.GetMetadataReader().DebugMetadataHeader!.Id));
        }
    }

    [Fact]
    public void The_pdbs_have_no_machine_paths_in_a_continuous_integration_build_and_embed_the_untracked_sources()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        using var symbols = ZipFile.OpenRead(_feed.SymbolsPackagePath);

        // The runtime's PDBs are in the symbols package; the generator and the task embed theirs.
        var pdbs = new List<(string Name, string PdbPath, MetadataReaderProvider Pdb)>();
        foreach (var tfm in RuntimeTargets.Keys)
        {
            var pe = new PEReader(new MemoryStream(ReadBytes(package.GetEntry($"lib/{tfm}/ConferenceGen.Runtime.dll")!)));
            var pdb = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(ReadBytes(symbols.GetEntry($"lib/{tfm}/ConferenceGen.Runtime.pdb")!)));
            pdbs.Add(($"lib/{tfm}/ConferenceGen.Runtime.dll", CodeViewPath(pe), pdb));
        }

        foreach (var dll in new[] { "analyzers/dotnet/cs/ConferenceGen.Generator.dll", "tasks/netstandard2.0/ConferenceGen.Generator.dll", "tasks/netstandard2.0/ConferenceGen.Tasks.dll" })
        {
            var pe = new PEReader(new MemoryStream(ReadBytes(package.GetEntry(dll)!)));
            var embedded = pe.ReadDebugDirectory().SingleOrDefault(entry => entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
            Assert.True(embedded.DataSize > 0, $"{dll} has no embedded PDB.");
            pdbs.Add((dll, CodeViewPath(pe), pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded)));
        }

        var root = Path.GetFullPath(_feed.RepositoryRoot).TrimEnd('/') + "/";
        var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        foreach (var (name, pdbPath, provider) in pdbs)
        {
            var reader = provider.GetMetadataReader();
            var documents = reader.Documents.Select(handle => (Handle: handle, Path: reader.GetString(reader.GetDocument(handle).Name))).ToList();
            Assert.NotEmpty(documents);
            var paths = documents.Select(d => d.Path).Append(pdbPath).Where(Path.IsPathRooted).ToList();
            if (_feed.ContinuousIntegrationBuild)
            {
                Assert.True(paths.All(p => p.StartsWith("/_/", StringComparison.Ordinal)), $"{name}: paths not mapped to /_/ in a ContinuousIntegrationBuild:\n{string.Join("\n", paths.Where(p => !p.StartsWith("/_/", StringComparison.Ordinal)))}");
            }
            else
            {
                // A local build keeps this machine's paths, for the debugger; CI (CI=true, .ci/run) maps them.
                Assert.Contains(paths, p => p.StartsWith(root, StringComparison.Ordinal));
            }

            // Files git does not track (the SDK's generated AssemblyInfo and global usings, under obj/) are embedded.
            var untracked = documents.Where(d => d.Path.Contains("/obj/", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(untracked);
            foreach (var document in untracked)
            {
                var embeds = reader.GetCustomDebugInformation(document.Handle).Any(h => reader.GetGuid(reader.GetCustomDebugInformation(h).Kind) == embeddedSource);
                Assert.True(embeds, $"{name}: {document.Path} is not embedded in the PDB.");
            }
        }
    }

    private static string CodeViewPath(PEReader pe) =>
        pe.ReadCodeViewDebugDirectoryData(pe.ReadDebugDirectory().Single(entry => entry.Type == DebugDirectoryEntryType.CodeView)).Path;

    // The nuspec's targetFramework as a lib/ folder name: "net8.0" stays, ".NETStandard2.0" becomes "netstandard2.0".
    private static string FolderName(string targetFramework) => targetFramework.TrimStart('.').ToLowerInvariant();

    // The package's own files, without the OPC parts every package has.
    private static List<string> PackageFiles(ZipArchive package) =>
        package.Entries.Select(e => e.FullName)
            .Where(name => name is not "[Content_Types].xml" && !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal))
            .ToList();

    private static byte[] ReadBytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ReadText(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private async Task<string> GitAsync(string arguments)
    {
        var (exit, output) = await ProcessRunner.RunAsync(_feed.RepositoryRoot, "git", arguments);
        Assert.True(exit == 0, $"git {arguments}: {output}");
        return output.Trim();
    }
}
