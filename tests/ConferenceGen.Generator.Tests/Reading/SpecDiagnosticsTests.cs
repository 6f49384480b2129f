using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Reading;

/// <summary>
/// A spec that cannot be read, or has invalid parts, gives a diagnostic naming the file, the place and the
/// reason. The generator never throws, and whatever can be generated still is.
/// </summary>
public sealed class SpecDiagnosticsTests
{
    private const string ValidHeader = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\n";

    [Fact]
    public void An_empty_file_is_reported_as_unreadable()
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/empty.yaml", "  \n"));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("empty.yaml", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("empty", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("/project/specs/empty.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_binary_file_is_reported_as_unreadable()
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/logo.json", "\u0089PNG\r\n\u001a\n\0\0\0"));

        Assert.Equal("CG0001", Assert.Single(result.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_line()
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/broken.yaml", "openapi: 3.0.3\ninfo:\n  title: [unclosed\n"));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0002", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("broken.yaml", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line >= 2, diagnostic.ToString());
    }

    [Fact]
    public void Text_without_an_openapi_key_that_no_spec_uses_is_reported_as_an_unused_fragment()
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/settings.json", """{"name": "not a spec"}"""));

        var unused = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("CG0018", DiagnosticSeverity.Warning), (unused.Id, unused.Severity));
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void An_invalid_boolean_is_reported_at_its_place_and_the_rest_of_the_spec_still_generates()
    {
        var spec = ValidHeader + """
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters:
                    - name: limit
                      in: query
                      required: optional
                      schema: {type: integer, format: int32}
                  responses:
                    '200': {description: OK}
            """;
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/pets.yaml", spec));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0003", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("'required' must be a boolean, not 'optional'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/project/specs/pets.yaml", 10, 20), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));

        Assert.Contains(result.Sources, s => s.Key.EndsWith(".PetsClient.ListPetsAsync.g.cs", System.StringComparison.Ordinal));
        Assert.Contains("int? limit = null", result.Sources.Single(s => s.Key.EndsWith("ListPetsAsync.g.cs", System.StringComparison.Ordinal)).Value, System.StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void An_invalid_boolean_in_a_json_spec_is_reported_at_its_place()
    {
        var spec = """
            {
              "openapi": "3.0.3",
              "info": {"title": "T", "version": "1"},
              "paths": {
                "/pets": {"get": {"operationId": "listPets", "parameters": [{"name": "tag", "in": "query", "explode": "sometimes", "schema": {"type": "string"}}], "responses": {"200": {"description": "OK"}}}}
              }
            }
            """;
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/pets.json", spec));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0003", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(4, span.StartLinePosition.Line);
        Assert.Equal(spec.Split('\n')[4].IndexOf("\"sometimes\"", System.StringComparison.Ordinal), span.StartLinePosition.Character);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void A_reference_that_points_nowhere_is_reported_where_it_is_written()
    {
        var spec = ValidHeader + """
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Missing'}
            """;
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/pets.yaml", spec));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0004", diagnostic.Id);
        Assert.Contains("#/components/schemas/Missing", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal(12, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("Task<global::System.Text.Json.JsonElement> ListPetsAsync", result.Sources.Single(s => s.Key.EndsWith("ListPetsAsync.g.cs", System.StringComparison.Ordinal)).Value, System.StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void One_bad_spec_does_not_stop_another_from_generating()
    {
        var result = GeneratorHarness.Run(
            new SpecFile("/project/specs/broken.yaml", "openapi: [\n"),
            GeneratorHarness.ProjectSpec("twilio.yaml"));

        Assert.Equal("CG0002", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Contains(result.Sources, s => s.Key.EndsWith("TwilioClient.g.cs", System.StringComparison.Ordinal));
        Assert.Empty(result.CompileProblems);
    }
}
