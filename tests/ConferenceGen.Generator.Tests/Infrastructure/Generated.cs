using System;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json.Nodes;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;

namespace ConferenceGen.Generator.Tests.Infrastructure;

/// <summary>Calls into a loaded generated assembly: creates models and clients, and runs their JSON codecs.</summary>
internal sealed class Generated : IDisposable
{
    private readonly LoadedAssembly _assembly;
    private readonly string _namespace;

    public Generated(LoadedAssembly assembly, string @namespace)
    {
        _assembly = assembly;
        _namespace = @namespace;
    }

    public Type Type(string name) => _assembly.Type(_namespace + "." + name);

    /// <summary>A new model instance (required members are a compile-time rule; reflection may skip them).</summary>
    public dynamic New(string name) => Activator.CreateInstance(Type(name))!;

    /// <summary>A static member of a generated type, such as an enum value.</summary>
    public dynamic Static(string type, string member) =>
        Type(type).GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) ?? Type(type).GetProperty(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>The client of the spec, sending to <paramref name="server"/>.</summary>
    public dynamic Client(string clientName, LoopbackHttpServer server, HttpClient http, Action<dynamic>? configure = null)
    {
        dynamic options = Activator.CreateInstance(Type(clientName + "Options"))!;
        ((ApiClientOptions)options).BaseAddress = server.BaseAddress;
        configure?.Invoke(options);
        return Activator.CreateInstance(Type(clientName), http, options)!;
    }

    /// <summary>Reads JSON into a generated type with its own codec.</summary>
    public object Parse(string type, string json) =>
        typeof(Runtime.Codecs.JsonCodec).GetMethods().Single(m => m.Name == "Parse" && m.GetParameters()[0].ParameterType == typeof(string))
            .MakeGenericMethod(Type(type)).Invoke(null, [json, CodecOf(Type(type))])!;

    /// <summary>Writes a generated value with its own codec.</summary>
    public string Serialize(object value) =>
        (string)typeof(Runtime.Codecs.JsonCodec).GetMethod("Serialize")!.MakeGenericMethod(value.GetType()).Invoke(null, [value, CodecOf(value.GetType())])!;

    /// <summary>A generated type's codec: its static <c>Codec</c> field.</summary>
    public static object CodecOf(System.Type type) =>
        type.GetField("Codec", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

    /// <summary>Reads and writes back; the JSON must come out the same (property order included).</summary>
    public void AssertRoundTrip(string type, string json)
    {
        var written = Serialize(Parse(type, json));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), $"Round trip changed the JSON:\n{json}\n->\n{written}");
        Assert.Equal(JsonNode.Parse(json)!.ToJsonString(), JsonNode.Parse(written)!.ToJsonString());
    }

    public void Dispose() => _assembly.Dispose();

    public static Generated Compile(string constructFile, string @namespace)
    {
        var result = GeneratorHarness.Run(Constructs.ConstructSpecs.Load(constructFile));
        return new Generated(LoadedAssembly.From(result.Output), @namespace);
    }
}
