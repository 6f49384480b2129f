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
    /// The specs in the project's specs/ folder, by the name the pages give them, where the repository keeps them, and
    /// the metadata a page's project file gives them: the vendors' specs (README, getting started, wire), Twilio's
    /// webhooks as the page on webhooks declares them, and the small API of production use.
    /// </summary>
    public static readonly IReadOnlyList<ExampleSpec> Specs =
    [
        new("specs/twilio.yaml", "specs/twilio.yaml"),
        new("specs/signalwire.yaml", "specs/signalwire.yaml"),
        new("specs/bandwidth-voice.yaml", "specs/bandwidth-voice.yaml"),
        new("specs/bandwidth-catapult.yaml", "specs/bandwidth-catapult.yaml"),
        new("specs/twilio-webhooks.yaml", "specs/twilio-webhooks.yaml", new Dictionary<string, string> { ["Namespace"] = "Vendors.Twilio", ["ClientName"] = "Twilio", ["WebhookSignature"] = "Twilio" }),
        new("specs/production.yaml", "tests/ConferenceGen.EndToEnd.Tests/specs/production.yaml"),
    ];

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
        var specs = Specs.Select(spec => new SpecFile("/consumer/" + spec.Name, File.ReadAllText(Path.Combine(RepositoryFolder.Root, spec.RepositoryPath)), spec.Metadata));
        var driver = GeneratorHarness.CreateDriver(specs, new Dictionary<string, string> { ["RootNamespace"] = RootNamespace }).WithUpdatedParseOptions(ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        // The vendor specs are clean but for infos (SignalWire's server variable without a default is CG0008).
        Assert.True(!generatorDiagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning), string.Join("\n", generatorDiagnostics));
        return output;
    }

    private static ImmutableArray<MetadataReference> References(IReadOnlyList<string> addedPackages)
    {
        var (assets, frameworks) = Resolved.Value.CompileAssets(addedPackages.Prepend("ConferenceGen"));
        var shared = frameworks.SelectMany(SharedFramework.ReferenceAssemblies).ToList();
        // As the SDK resolves conflicts: an assembly a shared framework has (Microsoft.Extensions.Http 10.0 in ASP.NET
        // Core's) is taken from the framework, not from a package of an older version.
        var inFramework = shared.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Net100.References.All.Cast<MetadataReference>()
            .Concat(shared.Select(path => MetadataReference.CreateFromFile(path)))
            .Concat(assets.Where(path => !inFramework.Contains(Path.GetFileName(path))).Select(path => MetadataReference.CreateFromFile(path)))
            .ToImmutableArray();
    }

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

        /// <summary>
        /// The compile assets of the packages and everything they depend on, and the shared frameworks they bring
        /// (a package with a FrameworkReference, such as ConferenceGen.AspNetCore, brings ASP.NET Core to a console project).
        /// </summary>
        public (IReadOnlyList<string> Assets, IReadOnlyList<string> Frameworks) CompileAssets(IEnumerable<string> packages)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var pending = new Stack<string>(packages);
            var assets = new List<string>();
            var frameworks = new SortedSet<string>(StringComparer.Ordinal);
            while (pending.Count > 0)
            {
                var id = pending.Pop();
                if (!seen.Add(id))
                {
                    continue;
                }

                if (ExtensionPackage.Find(id) is { } extension)
                {
                    assets.Add(extension.Assembly);
                    frameworks.UnionWith(extension.FrameworkReferences);
                    pending.Push("ConferenceGen");
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

                if (library.Value.TryGetProperty("frameworkReferences", out var sharedFrameworks))
                {
                    frameworks.UnionWith(sharedFrameworks.EnumerateArray().Select(f => f.GetString()!));
                }

                if (library.Value.GetProperty("type").GetString() == "project")
                {
                    // The ConferenceGen packages are projects here (the runtime, the extensions): their assemblies are in
                    // this test's output, which references them.
                    assets.Add(id == "ConferenceGen" ? typeof(ConferenceGen.Runtime.ApiException).Assembly.Location : Path.Combine(AppContext.BaseDirectory, id + ".dll"));
                    continue;
                }

                var folder = Path.Combine(_packageFolder, _libraries.GetProperty(library.Name).GetProperty("path").GetString()!);
                if (library.Value.TryGetProperty("compile", out var compile))
                {
                    assets.AddRange(compile.EnumerateObject().Where(a => !a.Name.EndsWith("/_._", StringComparison.Ordinal)).Select(a => Path.Combine(folder, a.Name)));
                }
            }

            return (assets, frameworks.ToList());
        }
    }
}
