using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Robustness;

/// <summary>
/// Specs built to hurt a reader: nesting beyond any real spec, alias bombs, reference cycles and chains, huge
/// values, duplicates. Each ends quickly in diagnostics and/or code that compiles; none throws, hangs or
/// exhausts memory.
/// </summary>
public sealed class PathologicalSpecTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: Pathological, version: '1'}\n";

    public static TheoryData<string, string> Unreadable => new()
    {
        { "deep.json", "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{},\"x-deep\":" + new string('[', 100_000) + new string(']', 100_000) + "}" },
        { "deep-flow.yaml", Header + "paths: {}\nx-deep: " + new string('[', 20_000) + new string(']', 20_000) + "\n" },
        { "deep-block.yaml", Header + "paths: {}\nx-deep:\n" + string.Concat(Enumerable.Range(1, 3_000).Select(i => new string(' ', i) + "k:\n")) + new string(' ', 3_001) + "v\n" },
        { "alias-bomb.yaml", Header + "paths: {}\nx-0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"x-{i}: &a{i} [{string.Join(", ", Enumerable.Repeat("*a" + (i - 1), 10))}]\n")) },
        { "recursive-alias.yaml", Header + "paths: {}\nx-loop: &loop\n  self: *loop\n" },
        { "duplicate-keys.json", "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{\"/a\":{\"get\":{\"operationId\":\"a\",\"operationId\":\"b\",\"responses\":{}}}}}" },
        { "duplicate-keys.yaml", Header + "paths:\n  /a: {get: {responses: {'200': {description: OK}}}}\n  /a: {post: {responses: {'200': {description: OK}}}}\n" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void A_document_no_reader_should_accept_is_a_located_CG0002(string file, string text)
    {
        var result = GeneratorHarness.RunWithin(new SpecFile("/project/specs/" + file, text), TimeSpan.FromSeconds(30));

        var error = Assert.Single(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CG0002", error.Id);
        Assert.EndsWith(file, error.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Empty(result.Sources);
    }

    public static TheoryData<string, string, string?> Generating => new()
    {
        { "reference-cycle.yaml", Schemas("    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n    User: {type: object, properties: {a: {$ref: '#/components/schemas/A'}}}\n"), "CG0004" },
        { "all-of-itself.yaml", Schemas("    C: {allOf: [{$ref: '#/components/schemas/C'}]}\n"), "CG0005" },
        { "self-containing.yaml", Schemas("    Node: {type: object, properties: {next: {$ref: '#/components/schemas/Node'}, children: {type: array, items: {$ref: '#/components/schemas/Node'}}, byName: {type: object, additionalProperties: {$ref: '#/components/schemas/Node'}}}}\n"), null },
        { "reference-chain.yaml", Schemas(string.Concat(Enumerable.Range(0, 3_000).Select(i => $"    A{i}: {{$ref: '#/components/schemas/A{i + 1}'}}\n")) + "    A3000: {type: object, properties: {end: {type: string}}}\n    User: {type: object, properties: {a: {$ref: '#/components/schemas/A0'}}}\n"), null },
        { "deep-inline.json", DeepInlineJson(120), "CG0005" },
        { "object-chain.yaml", ObjectChain(5_000), null },
        { "dangling.yaml", Schemas("    User: {type: object, properties: {a: {$ref: '#/components/schemas/Missing'}, b: {$ref: 'other.yaml#/X'}, c: {$ref: '#/not/a/place'}}}\n"), "CG0004" },
        { "huge-values.yaml", Schemas("    Big:\n      type: string\n      description: '" + new string('x', 2_000_000) + "'\n      enum: [" + string.Join(", ", Enumerable.Range(0, 3_000).Select(i => "v" + i)) + "]\n      default: '" + new string('y', 100_000) + "'\n"), null },
        { "duplicate-operation-ids.yaml", Header + "paths:\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"  /p{i}:\n    get: {{operationId: same, responses: {{'200': {{description: OK}}}}}}\n")), "CG0006" },
        { "same-path-other-names.yaml", Header + "paths:\n  /a/{x}:\n    get: {parameters: [{name: x, in: path, required: true, schema: {type: string}}], responses: {'200': {description: OK}}}\n  /a/{y}:\n    get: {parameters: [{name: y, in: path, required: true, schema: {type: string}}], responses: {'200': {description: OK}}}\n", null },
        { "many-operations.yaml", Header + "paths:\n" + string.Concat(Enumerable.Range(0, 1_000).Select(i => ManyOperationsPath.Replace("#", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))), null },
    };

    [Theory]
    [MemberData(nameof(Generating))]
    public void A_hostile_but_readable_spec_generates_code_that_compiles(string file, string text, string? expectedDiagnostic)
    {
        var result = GeneratorHarness.RunWithin(new SpecFile("/project/specs/" + file, text), TimeSpan.FromSeconds(60));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        if (expectedDiagnostic is not null)
        {
            var reported = result.GeneratorDiagnostics.FirstOrDefault(d => d.Id == expectedDiagnostic);
            Assert.True(reported is not null, $"No {expectedDiagnostic}: {result.Describe(result.GeneratorDiagnostics)}");
            Assert.NotEqual(Location.None, reported.Location);
        }

        Assert.NotEmpty(result.Sources);
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
    }

    [Fact]
    public void A_long_chain_of_object_components_is_typed_to_its_end()
    {
        // Stripe's components refer to each other in chains far longer than any inline nesting.
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/chain.yaml", ObjectChain(300)));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains("A299", result.Sources.Keys.First(name => name.EndsWith("A298.g.cs", StringComparison.Ordinal)) is { } file ? result.Sources[file] : string.Empty, StringComparison.Ordinal);
    }

    private static string ObjectChain(int length) =>
        Schemas(string.Concat(Enumerable.Range(0, length).Select(i => $"    A{i}: {{type: object, properties: {{next: {{$ref: '#/components/schemas/A{i + 1}'}}}}}}\n"))
            + $"    A{length}: {{type: object, properties: {{end: {{type: string}}}}}}\n");

    private const string ManyOperationsPath = """
          /r#/{id}:
            get:
              operationId: op#
              parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
              responses: {'200': {description: OK, content: {application/json: {schema: {type: object, properties: {v#: {type: string}}}}}}}

        """;

    private static string Schemas(string schemas) => Header + "paths: {}\ncomponents:\n  schemas:\n" + schemas;

    private static string DeepInlineJson(int levels)
    {
        var text = new StringBuilder("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{\"Deep\":");
        for (var i = 0; i < levels; i++)
        {
            text.Append("{\"type\":\"object\",\"properties\":{\"p\":");
        }

        text.Append("{\"type\":\"string\"}");
        text.Append('}', (levels * 2) + 3);
        return text.ToString();
    }
}
