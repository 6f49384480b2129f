using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Testing;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Configuration;

/// <summary>
/// What MSBuild item metadata and project properties change (docs/configuration.md): namespaces, client names,
/// visibility, strict enums, which operations are generated, and where list replies link to their next page.
/// </summary>
public sealed class ConfigurationTests
{
    [Fact]
    public void By_default_every_operation_and_every_component_schema_is_generated()
    {
        var result = Run(new());

        Assert.Equal(["ListCallsAsync", "ListParticipantsAsync", "UpdateCallAsync", "UpdateConferenceAsync"], Methods(result));
        Assert.Contains("Tests.Telephony.Recording.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void IncludeTags_generates_the_tagged_operations_and_only_the_models_they_use()
    {
        var result = Run(new() { ["IncludeTags"] = "calls" });

        Assert.Equal(["ListCallsAsync", "UpdateCallAsync"], Methods(result));
        Assert.Contains("Tests.Telephony.Call.g.cs", result.Sources.Keys);
        Assert.Contains("Tests.Telephony.CallDirection.g.cs", result.Sources.Keys);
        Assert.DoesNotContain("Tests.Telephony.Conference.g.cs", result.Sources.Keys);
        Assert.DoesNotContain("Tests.Telephony.Recording.g.cs", result.Sources.Keys);
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
    }

    [Fact]
    public void IncludePaths_takes_globs_where_one_star_stays_in_a_segment()
    {
        Assert.Equal(["UpdateConferenceAsync"], Methods(Run(new() { ["IncludePaths"] = "/conferences/*" })));
        Assert.Equal(["ListParticipantsAsync", "UpdateConferenceAsync"], Methods(Run(new() { ["IncludePaths"] = "/conferences/**" })));
    }

    [Fact]
    public void Include_filters_add_up_and_exclude_filters_take_away()
    {
        var result = Run(new() { ["IncludeOperations"] = "update*", ["IncludeTags"] = "Participants", ["ExcludeOperations"] = "updateCall" });

        Assert.Equal(["ListParticipantsAsync", "UpdateConferenceAsync"], Methods(result));
        Assert.Equal(["ListCallsAsync", "UpdateCallAsync"], Methods(Run(new() { ["ExcludeTags"] = "Conferences" })));
        Assert.Equal(["ListCallsAsync", "ListParticipantsAsync", "UpdateConferenceAsync"], Methods(Run(new() { ["ExcludePaths"] = "/calls/{sid}" })));
    }

    [Fact]
    public void A_filter_that_selects_nothing_is_reported()
    {
        var result = Run(new() { ["IncludeTags"] = "Messages" });

        var warning = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0010");
        Assert.Contains("none of its 4 operations", warning.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("telephony.yaml", warning.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Namespace_ClientName_and_Visibility_come_from_item_metadata()
    {
        var result = Run(new() { ["Namespace"] = "Acme.Voice", ["ClientName"] = "VoiceApi", ["Visibility"] = "internal" });

        Assert.Contains("Acme.Voice.VoiceApi.g.cs", result.Sources.Keys);
        var types = result.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>().Where(t => t.ContainingType is null && t.ContainingNamespace.ToDisplayString() == "Acme.Voice").ToList();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal(Accessibility.Internal, t.DeclaredAccessibility));
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
    }

    [Fact]
    public void Project_properties_set_defaults_that_item_metadata_overrides()
    {
        var properties = new Dictionary<string, string> { ["ConferenceGenNamespace"] = "Acme", ["ConferenceGenVisibility"] = "internal" };

        var byProperty = GeneratorHarness.Run([Spec(new())], null, properties);
        var overridden = GeneratorHarness.Run([Spec(new() { ["Visibility"] = "public" })], null, properties);

        Assert.Contains("Acme.Telephony.TelephonyClient.g.cs", byProperty.Sources.Keys);
        Assert.Contains("internal sealed partial class TelephonyClient", byProperty.Sources["Acme.Telephony.TelephonyClient.g.cs"], StringComparison.Ordinal);
        Assert.Contains("public sealed partial class TelephonyClient", overridden.Sources["Acme.Telephony.TelephonyClient.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Tolerant_enums_keep_a_value_the_spec_does_not_list()
    {
        using var generated = Compile(new());

        dynamic conference = generated.Parse("Conference", """{"status":"paused","size":9}""");

        Assert.False((bool)conference.Status.IsKnown);
        Assert.Equal("paused", conference.Status.ToString());
        Assert.Equal(9L, (long)conference.Size.Value);
    }

    [Theory]
    [InlineData("""{"status":"paused"}""", "'paused' is not a value the spec lists for ConferenceStatus")]
    [InlineData("""{"size":9}""", "'9' is not a value the spec lists for ConferenceSize")]
    public void Strict_enums_refuse_a_value_the_spec_does_not_list(string json, string message)
    {
        using var generated = Compile(new() { ["EnumMode"] = "Strict" });

        var error = Assert.Throws<TargetInvocationException>(() => generated.Parse("Conference", json));

        Assert.Equal(message + ".", Assert.IsType<JsonException>(error.InnerException).Message);
        dynamic known = generated.Parse("Conference", """{"status":"in-progress","size":2}""");
        Assert.True((bool)known.Status.IsKnown);
    }

    [Fact]
    public void The_folder_under_specs_goes_into_the_default_namespace()
    {
        var v1 = new SpecFile("/project/specs/v1/telephony.yaml", Text(), new Dictionary<string, string> { ["ConferenceGenFolder"] = "v1/" });
        var v2 = new SpecFile("/project/specs/v2/telephony.yaml", Text(), new Dictionary<string, string> { ["ConferenceGenFolder"] = "v2/" });

        var result = GeneratorHarness.Run(v1, v2);

        Assert.Contains("Tests.V1.Telephony.TelephonyClient.g.cs", result.Sources.Keys);
        Assert.Contains("Tests.V2.Telephony.TelephonyClient.g.cs", result.Sources.Keys);
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
    }

    [Fact]
    public void Two_specs_configured_into_the_same_client_are_reported_at_the_second()
    {
        var metadata = new Dictionary<string, string> { ["Namespace"] = "Acme", ["ClientName"] = "Api" };
        var first = new SpecFile("/project/specs/a.yaml", Text(), metadata);
        var second = new SpecFile("/project/specs/b.yaml", Text(), metadata);

        var result = GeneratorHarness.Run(first, second);

        Assert.True(result.GeneratorDiagnostics.Count(d => d.Id == "CG0011") == 1, result.Describe(result.GeneratorDiagnostics));
        var error = result.GeneratorDiagnostics.Single(d => d.Id == "CG0011");
        Assert.Equal("/project/specs/b.yaml", error.Location.GetLineSpan().Path);
        Assert.Contains("'a.yaml' and 'b.yaml' both generate Acme.Api", error.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CG0009");
    }

    [Fact]
    public async Task NextLinks_names_a_next_page_link_that_is_not_one_of_the_usual_ones()
    {
        const string Spec = """
            openapi: 3.0.3
            info: {title: Cursors, version: '1'}
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    '200':
                      description: A page of things.
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              things: {type: array, items: {type: string}}
                              cursor:
                                type: object
                                properties:
                                  after: {type: string, nullable: true}
            """;
        var plain = GeneratorHarness.Run(new SpecFile("/project/specs/cursors.yaml", Spec));
        var configured = GeneratorHarness.Run(new SpecFile("/project/specs/cursors.yaml", Spec, new Dictionary<string, string> { ["NextLinks"] = "cursor.after" }));

        Assert.DoesNotContain("ListThingsItemsAsync", plain.Sources["Tests.Cursors.CursorsClient.ListThingsAsync.g.cs"], StringComparison.Ordinal);
        Assert.True(configured.CompileProblems.Count == 0, configured.Describe(configured.CompileProblems));
        using var generated = new Generated(LoadedAssembly.From(configured.Output), "Tests.Cursors");
        await using var server = new LoopbackHttpServer(request => request.Query.Length == 0
            ? ScriptedResponse.Json(200, """{"things":["a","b"],"cursor":{"after":"/things?after=b"}}""")
            : ScriptedResponse.Json(200, """{"things":["c"],"cursor":{"after":null}}"""));
        using var http = new HttpClient();
        var client = generated.Client("CursorsClient", server, http);

        var things = new List<string>();
        await foreach (var thing in (IAsyncEnumerable<string>)client.ListThingsItemsAsync())
        {
            things.Add(thing);
        }

        Assert.Equal(["a", "b", "c"], things);
        Assert.Equal(["/things", "/things?after=b"], server.Requests.Select(r => r.Target).ToArray());
    }

    private static string Text() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Configuration", "specs", "telephony.yaml"));

    private static SpecFile Spec(Dictionary<string, string> metadata) => new("/project/specs/telephony.yaml", Text(), metadata);

    private static GeneratorResult Run(Dictionary<string, string> metadata) => GeneratorHarness.Run(Spec(metadata));

    private static Generated Compile(Dictionary<string, string> metadata) =>
        new(LoadedAssembly.From(Run(metadata).Output), "Tests.Telephony");

    private static string[] Methods(GeneratorResult result) =>
        result.Output.GetTypeByMetadataName(result.Sources.Keys.Single(k => k.EndsWith("Client.g.cs", StringComparison.Ordinal))[..^5])!
            .GetMembers().OfType<IMethodSymbol>().Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.Name.EndsWith("ItemsAsync", StringComparison.Ordinal) && m.DeclaredAccessibility == Accessibility.Public)
            .Select(m => m.Name).Distinct().Order(StringComparer.Ordinal).ToArray();
}
