using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Pipeline;

namespace ConferenceGen.Generator.Tests.Infrastructure;

/// <summary>
/// A spec read and built into the model by the generator's one path (<see cref="SpecProcessor"/>), without emitting
/// any C#: what the building tests assert on, so that they hold whatever the emitters write.
/// </summary>
internal sealed class BuiltSpec
{
    /// <summary>The spec's client name unless a test gives its own settings.</summary>
    public const string ClientName = "ApiClient";

    /// <summary>The lines every OpenAPI 3.0 test spec starts with.</summary>
    public const string Header = "openapi: 3.0.3\ninfo: {title: Test API, version: '1'}\n";

    /// <summary>The lines every OpenAPI 3.1 test spec starts with.</summary>
    public const string Header31 = "openapi: 3.1.0\ninfo: {title: Test API, version: '1'}\n";

    private BuiltSpec(SpecResult result) => Result = result;

    public SpecResult Result { get; }

    public IReadOnlyList<GeneratedUnit> Units => Result.Units;

    public ClientModel Client => Units.OfType<ClientUnit>().Single().Client;

    public IReadOnlyList<OperationUnit> OperationUnits => Units.OfType<OperationUnit>().ToList();

    /// <summary>Every generated method, overloads included, in the spec's order.</summary>
    public IReadOnlyList<OperationModel> Operations => OperationUnits.Select(u => u.Operation).ToList();

    public IReadOnlyList<ObjectModel> Objects => Units.OfType<ObjectUnit>().Select(u => u.Object).ToList();

    public IReadOnlyList<EnumModel> Enums => Units.OfType<EnumUnit>().Select(u => u.Enum).ToList();

    public IReadOnlyList<UnionModel> Unions => Units.OfType<UnionUnit>().Select(u => u.Union).ToList();

    public IReadOnlyList<DiagnosticInfo> Diagnostics => Result.Diagnostics;

    /// <summary>The IDs of the diagnostics, in the order they were found.</summary>
    public IReadOnlyList<string> DiagnosticIds => Result.Diagnostics.Select(d => d.Id).ToList();

    /// <summary>
    /// Reads and builds a spec given as YAML text (or JSON). A test spec must build: an internal error (CG0009) fails
    /// the test here, with its message.
    /// </summary>
    public static BuiltSpec From(string text, SpecSettings? settings = null)
    {
        var input = new SpecInput("/project/specs/api.yaml", text, settings ?? Settings());
        var built = new BuiltSpec(SpecProcessor.Process(input, CancellationToken.None));
        var failure = built.Diagnostics.FirstOrDefault(d => d.Id == "CG0009");
        Assert.True(failure is null, failure is null ? null : DiagnosticFactory.Create(failure).GetMessage());
        return built;
    }

    /// <summary>YAML lines moved right by some spaces, to nest a test's fragment in the spec around it.</summary>
    public static string Indent(string lines, int spaces) =>
        string.Join("\n", lines.Split('\n').Select(line => new string(' ', spaces) + line));

    /// <summary>The settings of a spec without item metadata, with the changes a test makes to them.</summary>
    public static SpecSettings Settings() => new("Tests", ClientName, Visibility.Public);

    /// <summary>The method named so (<c>ListCallsAsync</c>); an overload is found by its unit (<see cref="OperationUnits"/>).</summary>
    public OperationModel Operation(string methodName) => Assert.Single(Operations, o => o.MethodName == methodName);

    /// <summary>The only generated method.</summary>
    public OperationModel Operation() => Assert.Single(Operations);

    public ObjectModel Object(string name) => Assert.Single(Objects, o => o.Name == name);

    public EnumModel Enum(string name) => Assert.Single(Enums, e => e.Name == name);

    public UnionModel Union(string name) => Assert.Single(Unions, u => u.Name == name);

    /// <summary>The names of every generated model, enum and union.</summary>
    public IReadOnlyList<string> TypeNames => Objects.Select(o => o.Name).Concat(Enums.Select(e => e.Name)).Concat(Unions.Select(u => u.Name)).ToList();

    /// <summary>The diagnostics of one ID.</summary>
    public IReadOnlyList<DiagnosticInfo> Diagnosed(string id) => Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>The message of the only diagnostic of one ID, as the user reads it.</summary>
    public string Message(string id) => DiagnosticFactory.Create(Assert.Single(Diagnosed(id))).GetMessage();

    /// <summary>The messages of the diagnostics of one ID, as the user reads them.</summary>
    public IReadOnlyList<string> Messages(string id) => Diagnosed(id).Select(d => DiagnosticFactory.Create(d).GetMessage()).ToList();
}
