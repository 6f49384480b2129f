using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Testing;
using ConferenceGen.Testing.Documentation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConferenceGen.Generator.Tests.Documentation;

/// <summary>
/// The project a reader has while following the pages: what `dotnet new console -n Consumer` makes (root namespace
/// Consumer, nullable annotations on, the implicit usings of a console app), the ConferenceGen package, the specs the
/// pages name in its specs/ folder, and the packages a page tells the reader to add (`dotnet add package` in one of its
/// shell blocks). The examples are compiled against exactly that: .NET 10's reference assemblies and the compile
/// assets of those packages as NuGet resolves them for this test project, nothing of the test's own.
/// </summary>
internal static class ExampleProject
{
    public const string RootNamespace = "Consumer";

    /// <summary>The global usings `dotnet new console` turns on (ImplicitUsings in Microsoft.NET.Sdk).</summary>
    public static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    /// <summary>
    /// The specs in the project's specs/ folder, by the name the pages give them, and where the repository keeps them:
    /// the vendors' specs (README, getting started, wire) and the small API of production use.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Specs = new Dictionary<string, string>
    {
        ["specs/twilio.yaml"] = "specs/twilio.yaml",
        ["specs/signalwire.yaml"] = "specs/signalwire.yaml",
        ["specs/bandwidth-voice.yaml"] = "specs/bandwidth-voice.yaml",
        ["specs/bandwidth-catapult.yaml"] = "specs/bandwidth-catapult.yaml",
        ["specs/production.yaml"] = "tests/ConferenceGen.EndToEnd.Tests/specs/production.yaml",
    };

    public static readonly CSharpParseOptions ParseOptions = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Parse);

    private static readonly Lazy<Assets> Resolved = new(() => new Assets(Path.Combine(RepositoryFolder.Root, "tests", "ConferenceGen.Generator.Tests", "obj", "project.assets.json")));

    /// <summary>The packages a page adds beyond ConferenceGen, from its `dotnet add package` commands.</summary>
    public static IReadOnlyList<string> PackagesAddedBy(DocumentationPage page) =>
        page.Blocks.Where(b => b.Kind == BlockKind.Commands)
            .SelectMany(b => Regex.Matches(b.Text, @"dotnet add package (?<id>[\w.]+)").Select(m => m.Groups["id"].Value))
            .Where(id => id != "ConferenceGen")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Compiles the examples with the generated clients of <see cref="Specs"/>: the generator runs on the compilation as
    /// it does in the consumer's build.
    /// </summary>
    public static Compilation Compile(IEnumerable<SyntaxTree> examples, IReadOnlyList<string> addedPackages)
    {
        var usings = CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), ParseOptions, path: "obj/Consumer.GlobalUsings.g.cs");
        var compilation = CSharpCompilation.Create(
            RootNamespace,
            examples.Prepend(usings),
            References(addedPackages),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        var specs = Specs.Select(spec => new SpecFile("/consumer/" + spec.Key, File.ReadAllText(Path.Combine(RepositoryFolder.Root, spec.Value)), new Dictionary<string, string> { ["ConferenceGenFolder"] = string.Empty }));
        var driver = GeneratorHarness.CreateDriver(specs, new Dictionary<string, string> { ["RootNamespace"] = RootNamespace }).WithUpdatedParseOptions(ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        // The vendor specs are clean but for infos (SignalWire's server variable without a default is CG0008).
        Assert.True(!generatorDiagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning), string.Join("\n", generatorDiagnostics));
        return output;
    }

    private static ImmutableArray<MetadataReference> References(IReadOnlyList<string> addedPackages) =>
        Net100.References.All.Cast<MetadataReference>()
            .Concat(Resolved.Value.CompileAssets(addedPackages.Prepend("ConferenceGen")).Select(path => MetadataReference.CreateFromFile(path)))
            .ToImmutableArray();

    /// <summary>What NuGet resolved for this test project (obj/project.assets.json): each package's dependencies and compile assets.</summary>
    private sealed class Assets
    {
        private readonly JsonElement _target;
        private readonly JsonElement _libraries;
        private readonly string _packageFolder;

        public Assets(string path)
        {
            var root = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
            _target = root.GetProperty("targets").EnumerateObject().Single().Value;
            _libraries = root.GetProperty("libraries");
            _packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
        }

        /// <summary>The compile assets of the packages and everything they depend on.</summary>
        public IEnumerable<string> CompileAssets(IEnumerable<string> packages)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var pending = new Stack<string>(packages);
            var assets = new List<string>();
            while (pending.Count > 0)
            {
                var id = pending.Pop();
                if (!seen.Add(id))
                {
                    continue;
                }

                var library = _target.EnumerateObject().FirstOrDefault(l => l.Name.StartsWith(id + "/", StringComparison.OrdinalIgnoreCase));
                Assert.True(library.Value.ValueKind == JsonValueKind.Object, $"The package {id} is not among this test project's packages: reference it in ConferenceGen.Generator.Tests.csproj so that the examples that use it compile.");
                if (library.Value.TryGetProperty("dependencies", out var dependencies))
                {
                    foreach (var dependency in dependencies.EnumerateObject())
                    {
                        pending.Push(dependency.Name);
                    }
                }

                if (library.Value.GetProperty("type").GetString() == "project")
                {
                    // The ConferenceGen package is the runtime project here; its assembly is this test's reference to it.
                    assets.Add(typeof(ConferenceGen.Runtime.ApiException).Assembly.Location);
                    continue;
                }

                var folder = Path.Combine(_packageFolder, _libraries.GetProperty(library.Name).GetProperty("path").GetString()!);
                if (library.Value.TryGetProperty("compile", out var compile))
                {
                    assets.AddRange(compile.EnumerateObject().Where(a => !a.Name.EndsWith("/_._", StringComparison.Ordinal)).Select(a => Path.Combine(folder, a.Name)));
                }
            }

            return assets;
        }
    }
}
