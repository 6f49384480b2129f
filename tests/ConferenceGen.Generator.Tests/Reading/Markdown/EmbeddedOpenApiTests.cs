using System;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Reading.Markdown;

/// <summary>
/// A page that embeds its OpenAPI document in a fenced yaml or json block (SignalWire's layout) is read as that
/// document; problems inside the block are reported at the page's line, and a markdown file of neither layout is
/// ignored with one info.
/// </summary>
public sealed class EmbeddedOpenApiTests
{
    private static string Page(string yaml) => "# Get Thing\n\nGET https://api.example.com/things/{id}\n\n## OpenAPI Specification\n\n```yaml\n" + yaml + "```\n\n## SDK Code Examples\n\n```python\nrequests.get(url)\n```\n";

    private const string Document = """
        openapi: 3.0.3
        info: {title: Things, version: '1'}
        servers: [{url: 'https://api.example.com'}]
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '204': {description: Done}

        """;

    [Fact]
    public void The_signalwire_page_generates_its_client_as_the_yaml_spec_does()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.ProjectSpec("signalwire-pages/update-conference.md"));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
        Assert.Contains("Tests.UpdateConference.UpdateConferenceClient.UpdateConferenceAsync.g.cs", result.Sources.Keys);
        Assert.Contains("Tests.UpdateConference.CompatibilityErrorResponse.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void A_code_fence_inside_a_yaml_description_does_not_end_the_block()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.ProjectSpec("signalwire-pages/update-conference.md"));

        // The security scheme's description holds an indented ``` block; the scheme after it is still read.
        Assert.Contains("Authorization: Basic base64(project_id:token)", result.Sources["Tests.UpdateConference.UpdateConferenceClientOptions.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_in_the_block_is_reported_at_its_line_of_the_page()
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/thing.md", Page(Document.Replace("info: {title: Things, version: '1'}", "info: {title: [Things, version: '1'}", StringComparison.Ordinal))));

        var error = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0002");
        Assert.Equal(8, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("the yaml block at line 7", error.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Invalid_content_in_the_block_is_reported_at_the_key_on_the_page()
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/thing.md", Page(Document.Replace("required: true", "required: optional", StringComparison.Ordinal))));

        var warning = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0003" && d.GetMessage().StartsWith("Invalid spec content: 'required' must be a boolean", StringComparison.Ordinal));
        var span = warning.Location.GetLineSpan();
        Assert.Equal("/project/specs/thing.md", span.Path);
        Assert.Equal(15, span.StartLinePosition.Line);
        Assert.Equal("        - {name: id, in: path, required: ".Length, span.StartLinePosition.Character);
        Assert.Contains("Tests.Thing.ThingClient.GetThingAsync.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void A_json_block_is_read_as_well()
    {
        var json = """{"openapi": "3.0.3", "info": {"title": "Things", "version": "1"}, "paths": {"/things": {"get": {"operationId": "listThings", "responses": {"204": {"description": "Done"}}}}}}""";

        var result = GeneratorHarness.Run(new SpecFile("/project/specs/thing.md", "# Things\n\n```json\n" + json + "\n```\n"));

        Assert.Contains("Tests.Thing.ThingClient.ListThingsAsync.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void A_readme_in_specs_is_ignored_with_one_info()
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/README.md", "# Our specs\n\nThe vendors' specs, updated by hand.\n\n```yaml\nkey: value\n```\n"));

        var ignored = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0014", ignored.Id);
        Assert.Equal(DiagnosticSeverity.Info, ignored.Severity);
        Assert.Equal("/project/specs/README.md", ignored.Location.GetLineSpan().Path);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_markdown_file_given_another_extension_is_read_as_markdown_with_the_format_metadata()
    {
        var page = new SpecFile("/project/pages/thing.txt", Page(Document), new System.Collections.Generic.Dictionary<string, string> { ["Format"] = "markdown" });

        var result = GeneratorHarness.Run(page);

        Assert.Contains("Tests.Thing.ThingClient.GetThingAsync.g.cs", result.Sources.Keys);
    }
}
