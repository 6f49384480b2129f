using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Diagnostics;

/// <summary>
/// A problem in a spec is a warning when the generated code differs from what the spec says — something is left
/// out, a type is weakened to JsonElement, a value is ignored — and info when the generated code gives the spec
/// its one sensible meaning, so that nothing the user sees changes (docs/diagnostics.md).
/// </summary>
public sealed class SeverityTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\n";
    private const string Ok = "responses: {'204': {description: OK}}";

    public static TheoryData<string, string, string, DiagnosticSeverity> Problems => new()
    {
        // what happens, the spec, the ID and the severity it is reported with
        { "an invalid boolean is ignored", Header + $"paths:\n  /a:\n    get:\n      parameters: [{{name: q, in: query, required: optional, schema: {{type: string}}}}]\n      {Ok}\n", "CG0003", DiagnosticSeverity.Warning },
        { "a response under a code that is no status is left out", Header + "paths:\n  /a:\n    get:\n      responses: {'two hundred': {description: OK}, '204': {description: OK}}\n", "CG0003", DiagnosticSeverity.Warning },
        { "an unresolvable reference becomes JsonElement", Header + "paths:\n  /a:\n    get:\n      responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Gone'}}}}}\n", "CG0004", DiagnosticSeverity.Warning },
        { "a security scheme is not sent", Header + "paths: {}\ncomponents:\n  securitySchemes:\n    signature: {type: http, scheme: signature}\n", "CG0005", DiagnosticSeverity.Warning },
        { "a body of no media type the client can write is left out", Header + $"paths:\n  /a:\n    post:\n      requestBody: {{content: {{application/xml: {{schema: {{type: object}}}}}}}}\n      {Ok}\n", "CG0005", DiagnosticSeverity.Warning },
        { "an operation whose path holds a query with a variable is left out", Header + $"paths:\n  /search?type={{kind}}:\n    get: {{{Ok}}}\n  /calls:\n    get: {{{Ok}}}\n", "CG0007", DiagnosticSeverity.Warning },
        { "a second operation of one name is numbered", Header + $"paths:\n  /a:\n    get: {{operationId: same, {Ok}}}\n  /b:\n    get: {{operationId: same, {Ok}}}\n", "CG0006", DiagnosticSeverity.Info },
        { "a path variable without a parameter becomes a string parameter", Header + $"paths:\n  /calls/{{sid}}:\n    get: {{{Ok}}}\n", "CG0008", DiagnosticSeverity.Info },
        { "an undeclared server variable becomes an option", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://{region}.example.com'}]\n" + $"paths:\n  /a:\n    get: {{{Ok}}}\n", "CG0008", DiagnosticSeverity.Info },
        { "a null entry of a list is left out", """{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": {"parameters": [null], "responses": {"204": {"description": "OK"}}}}}}""", "CG0008", DiagnosticSeverity.Info },
        { "an operation without responses takes any 2xx as success", Header + "paths:\n  /a:\n    get:\n      responses: {}\n", "CG0008", DiagnosticSeverity.Info },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void A_problem_is_a_warning_only_when_the_generated_code_differs_from_the_spec(string what, string spec, string id, DiagnosticSeverity severity)
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));

        Assert.True(result.GeneratorDiagnostics.Length > 0, what);
        Assert.All(result.GeneratorDiagnostics, diagnostic => Assert.Equal((id, severity), (diagnostic.Id, diagnostic.Severity)));
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
    }
}
