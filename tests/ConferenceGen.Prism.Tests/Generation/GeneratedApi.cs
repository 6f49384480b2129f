using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Pipeline;
using ConferenceGen.Generator.Reading;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Runtime.Http;
using Microsoft.OpenApi;

namespace ConferenceGen.Prism.Tests.Generation;

/// <summary>
/// One spec's generated client, compiled and loaded, beside two readings of the same spec text: the OpenAPI
/// document (where the arguments' schemas and constraints come from) and the generator's own model, which is only
/// used to find names: which C# method is which operation, which C# parameter or property carries which wire name.
/// What goes on the wire is the generated code's doing, and Prism judges it against the spec.
/// </summary>
internal sealed class GeneratedApi : IDisposable
{
    private readonly LoadedAssembly _assembly;
    private readonly Dictionary<string, ObjectModel> _objects;
    private readonly Dictionary<string, UnionModel> _unions;

    private GeneratedApi(LoadedAssembly assembly, OpenApiDocument document, IReadOnlyList<GeneratedUnit> units)
    {
        _assembly = assembly;
        Document = document;
        var client = units.OfType<ClientUnit>().Single();
        Namespace = client.Scope.Namespace;
        ClientType = assembly.Type(Namespace + "." + client.Client.Name);
        OptionsType = assembly.Type(Namespace + "." + client.Client.OptionsName);
        Operations = units.OfType<OperationUnit>().Select(u => u.Operation).ToList();
        _objects = units.OfType<ObjectUnit>().ToDictionary(u => u.Object.Name, u => u.Object, StringComparer.Ordinal);
        _unions = units.OfType<UnionUnit>().ToDictionary(u => u.Union.Name, u => u.Union, StringComparer.Ordinal);
    }

    public OpenApiDocument Document { get; }

    public string Namespace { get; }

    public Type ClientType { get; }

    public Type OptionsType { get; }

    /// <summary>The generated operations, in the spec's order.</summary>
    public IReadOnlyList<OperationModel> Operations { get; }

    /// <summary>Generates the spec (with the other files of its folder, for a spec split over several files) and reads its document as the generator does.</summary>
    public static GeneratedApi Generate(SpecFile spec, IReadOnlyList<SpecFile> fragments)
    {
        var all = new[] { spec }.Concat(fragments).ToArray();
        var result = GeneratorHarness.Run(all);
        var assembly = LoadedAssembly.From(result.Output);
        try
        {
            var provider = new TestAnalyzerConfigOptionsProvider(
                new Dictionary<string, string> { ["build_property.RootNamespace"] = "Tests" },
                all.ToDictionary(
                    file => file.Path,
                    file => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(
                        (file.Metadata ?? new Dictionary<string, string>()).Select(m => new KeyValuePair<string, string>("build_metadata.AdditionalFiles." + m.Key, m.Value)))
                    {
                        ["build_metadata.AdditionalFiles.ConferenceGenSpec"] = "true",
                    }));
            var input = SpecInputFactory.Create(new TestAdditionalText(spec.Path, spec.Text), provider, default)
                ?? throw new InvalidOperationException($"{spec.Path} is not taken as a spec.");

            // As the pipeline does: the files the spec reaches are bundled into its document.
            var library = new SpecLibrary(all.Select(file => SourceFileFactory.Create(new TestAdditionalText(file.Path, file.Text), provider, default)!));
            input = library.Prepare(input) ?? throw new InvalidOperationException($"{spec.Path} is a fragment, not a spec.");
            var plan = SpecProcessor.Process(input, default);
            var tree = DocumentTree.FromText(input);
            var document = (tree.Root is { } root ? SpecReader.Read(Path.GetFileName(spec.Path), root, tree.Diagnostics) : null)
                ?? throw new InvalidOperationException($"{spec.Path} cannot be read as OpenAPI.");
            return new GeneratedApi(assembly, document, plan.Units.ToList());
        }
        catch
        {
            assembly.Dispose();
            throw;
        }
    }

    /// <summary>The generator's model of a generated model class, by its C# type.</summary>
    public ObjectModel? ObjectOf(Type type) => type.Namespace == Namespace && _objects.TryGetValue(type.Name, out var model) ? model : null;

    /// <summary>The generator's model of a generated union class, by its C# type.</summary>
    public UnionModel? UnionOf(Type type) => type.Namespace == Namespace && _unions.TryGetValue(type.Name, out var model) ? model : null;

    /// <summary>The wire names of the properties, of any model, that hold the model <paramref name="typeName"/> (or a list or map of it).</summary>
    public ISet<string> WireNamesHolding(string typeName) =>
        _objects.Values.SelectMany(o => o.Properties)
            .Where(p => p.Type.Name == typeName || p.Type.Item?.Name == typeName)
            .Select(p => p.WireName)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A client sending to <paramref name="baseAddress"/>, with credentials for every security scheme the spec has.</summary>
    public object CreateClient(HttpClient http, Uri baseAddress)
    {
        var options = (ApiClientOptions)Activator.CreateInstance(OptionsType)!;
        options.BaseAddress = baseAddress;
        foreach (var property in OptionsType.GetProperties().Where(p => p.CanWrite))
        {
            object? credentials = property.PropertyType == typeof(BasicCredentials) ? new BasicCredentials("user", "secret")
                : property.PropertyType == typeof(BearerTokenCredentials) || property.PropertyType == typeof(AccessTokenCredentials) ? new BearerTokenCredentials("token")
                : property.PropertyType == typeof(ApiKeyCredentials) ? new ApiKeyCredentials("key")
                : null;
            if (credentials is not null)
            {
                property.SetValue(options, credentials);
            }
        }

        return Activator.CreateInstance(ClientType, http, options)!;
    }

    public void Dispose() => _assembly.Dispose();
}
