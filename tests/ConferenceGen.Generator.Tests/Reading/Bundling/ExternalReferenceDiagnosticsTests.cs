using System;
using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static ConferenceGen.Generator.Tests.Reading.Bundling.ExternalReferenceTests;
using static ConferenceGen.Generator.Tests.Reading.Bundling.SplitSpec;

namespace ConferenceGen.Generator.Tests.Reading.Bundling;

/// <summary>
/// A reference to another file that cannot be followed is CG0017 at its <c>$ref</c>, in the file it is written in,
/// saying why and what the client lacks; the rest of the spec is generated. Nothing is read from the disk or the
/// network: a URL, an absolute path or a path out of the spec's folder is a diagnostic, not a read.
/// </summary>
public sealed class ExternalReferenceDiagnosticsTests
{
    public static TheoryData<string, string, string> Failures => new()
    {
        // the response schema's $ref in paths/a.yaml, files beside it, and the reason reported
        { "../schemas/Missing.yaml", string.Empty, "there is no file 'schemas/Missing.yaml' among the files the build gives the generator" },
        { "../schemas/Error.yaml#/properties/nope", "schemas/Error.yaml|type: object\nproperties: {message: {type: string}}\n", "'Error.yaml' has nothing at #/properties/nope" },
        { "https://example.com/schemas/Error.yaml", string.Empty, "it is a URL, and a build never downloads anything" },
        { "/etc/schemas/Error.yaml", string.Empty, "it is an absolute path" },
        { "../../outside/Error.yaml", string.Empty, "it leads out of the folder 'specs' that the spec's files must stay in" },
        { "../schemas/Broken.yaml", "schemas/Broken.yaml|type: object\nproperties: {a: [1, 2}\n", "'Broken.yaml' cannot be read:" },
        { "../schemas/A.yaml", "schemas/A.yaml|$ref: ./B.yaml\n§schemas/B.yaml|$ref: './A.yaml#'\n", "it is part of a cycle of references across files: schemas/A.yaml → schemas/B.yaml → schemas/A.yaml" },
        { "../schemas/Self.yaml", "schemas/Self.yaml|$ref: '#'\n", "it is part of a cycle of references across files: schemas/Self.yaml → schemas/Self.yaml" },
        { "../schemas/Error.yaml#Error", "schemas/Error.yaml|type: object\n", "its fragment '#Error' is an anchor, not a JSON pointer" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_reference_that_cannot_be_followed_is_reported_at_its_ref_and_the_rest_is_generated(string reference, string others, string reason)
    {
        var files = new List<(string, string)>
        {
            ("api.yaml", Header + "paths:\n  /a: {$ref: 'paths/a.yaml'}\n  /b:\n" + Indent(Operation("getB", null), 4)),
            ("paths/a.yaml", Operation("getA", reference)),
        };
        files.AddRange(others.Split('§', StringSplitOptions.RemoveEmptyEntries).Select(f => (f.Split('|')[0], f.Split('|')[1])));
        var outside = new SpecFile("/project/outside/Error.yaml", "type: object\nproperties: {secret: {type: string}}\n", new Dictionary<string, string> { ["ConferenceGenRoot"] = "/project/outside/", ["ConferenceGenSpec"] = "false", ["ConferenceGenFragment"] = "true" });

        var result = GeneratorHarness.Run(Files(files.ToArray()).Append(outside).ToArray());

        var failure = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0017");
        Assert.Equal(DiagnosticSeverity.Warning, failure.Severity);
        Assert.Contains($"The reference '{reference}' cannot be followed: {reason}", failure.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("; the value is typed as JsonElement", failure.GetMessage(), StringComparison.Ordinal);

        // At the $ref's value in paths/a.yaml: line 8, after "schema: {$ref: " indented by 10 spaces.
        Assert.Equal(("/project/specs/paths/a.yaml", 8, 26), Place(failure));
        Assert.Empty(result.CompileProblems);
        Assert.Contains("Task<global::System.Text.Json.JsonElement> GetAAsync(", Source(result, "GetAAsync.g.cs"), StringComparison.Ordinal);
        Assert.Contains(result.Sources.Keys, key => key.EndsWith("GetBAsync.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Sources.Values, source => source.Contains("Secret", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_item_parameter_or_response_that_cannot_be_followed_is_left_out_and_says_so()
    {
        var result = GeneratorHarness.Run(Files(
            ("api.yaml", Header + """
                paths:
                  /gone: {$ref: 'paths/gone.yaml'}
                  /a:
                    get:
                      operationId: getA
                      parameters:
                        - $ref: 'parameters.yaml#/Missing'
                        - $ref: 'parameters.yaml#/Limit'
                      responses:
                        '200': {description: OK}
                        '404': {$ref: 'responses.yaml#/NotFound'}
                """),
            ("parameters.yaml", "Limit: {name: limit, in: query, required: optional, schema: {type: integer, format: int32}}\n")));

        var messages = result.GeneratorDiagnostics.Where(d => d.Id == "CG0017").Select(d => (d.GetMessage(), Place(d).Line)).ToList();
        Assert.Contains(("The reference 'paths/gone.yaml' cannot be followed: there is no file 'paths/gone.yaml' among the files the build gives the generator (the YAML and JSON files under 'specs'); the path's operations are not generated", 5), messages);
        Assert.Contains(("The reference 'parameters.yaml#/Missing' cannot be followed: 'parameters.yaml' has nothing at #/Missing; the parameter is not generated", 10), messages);
        Assert.Contains(("The reference 'responses.yaml#/NotFound' cannot be followed: there is no file 'responses.yaml' among the files the build gives the generator (the YAML and JSON files under 'specs'); the reply is not generated", 14), messages);
        Assert.Equal(3, messages.Count);
        Assert.Empty(result.CompileProblems);

        // The parameter after the one left out keeps its place: its problem is reported in parameters.yaml.
        var invalid = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0003");
        Assert.Equal(("/project/specs/parameters.yaml", 1, 43), Place(invalid));
        Assert.Contains("GetAAsync(int? limit = null", Source(result, "GetAAsync.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_found_after_bundling_are_placed_in_the_fragment_they_come_from()
    {
        var result = GeneratorHarness.Run(Files(
            ("api.yaml", Header + "paths:\n  /a: {$ref: 'paths/a.yaml'}\n"),
            ("paths/a.yaml", """
                get:
                  operationId: getA
                  parameters:
                    - name: limit
                      in: query
                      required: sometimes
                      schema: {$ref: '../schemas/Limit.yaml'}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '../schemas/Page.yaml'}
                """),
            ("schemas/Limit.yaml", "type: integer\nformat: int32\n"),
            ("schemas/Page.yaml", "type: object\nproperties:\n  next: {$ref: '#/components/schemas/Nowhere'}\n")));

        var places = result.GeneratorDiagnostics.Select(d => (d.Id, Place(d))).ToList();
        Assert.Contains(("CG0003", ("/project/specs/paths/a.yaml", 6, 17)), places);
        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "CG0017" && Place(d) == ("/project/specs/schemas/Page.yaml", 3, 16) && d.GetMessage().Contains("'Page.yaml' has nothing at #/components/schemas/Nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fragment_that_no_spec_uses_is_reported_and_one_that_a_spec_uses_is_not()
    {
        var result = GeneratorHarness.Run(Files(
            ("api.yaml", Header + "paths:\n  /a: {$ref: 'paths/a.yaml'}\n"),
            ("paths/a.yaml", Operation("getA", null)),
            ("paths/old.yaml", Operation("getOld", null))));

        var unused = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0018", unused.Id);
        Assert.Equal(("/project/specs/paths/old.yaml", 1, 1), Place(unused));
        Assert.StartsWith("'old.yaml' has no 'openapi' or 'swagger' key", unused.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_file_that_a_spec_uses_is_reported_once_by_that_spec_and_one_that_none_uses_as_a_spec()
    {
        var result = GeneratorHarness.Run(Files(
            ("api.yaml", Header + "paths:\n  /a: {$ref: 'paths/a.yaml'}\n"),
            ("paths/a.yaml", "get: {operationId: getA\n"),
            ("paths/b.yaml", "get: [\n")));

        var byFile = result.GeneratorDiagnostics.Select(d => (d.Id, Place(d).Path)).ToList();
        Assert.Equal(2, byFile.Count);
        Assert.Contains(("CG0017", "/project/specs/api.yaml"), byFile);
        Assert.Contains(("CG0002", "/project/specs/paths/b.yaml"), byFile);
    }
}
