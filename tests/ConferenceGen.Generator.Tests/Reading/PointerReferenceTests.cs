using System;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Reading;

/// <summary>
/// A <c>$ref</c> to a JSON pointer anywhere in the document is read as what it points at; one that points at
/// nothing, at the wrong kind of object or round in a circle is reported where it is written, naming the pointer.
/// </summary>
public sealed class PointerReferenceTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\n";

    private static string Source(GeneratorResult result, string suffix) =>
        result.Sources.Single(s => s.Key.EndsWith(suffix, StringComparison.Ordinal)).Value;

    [Fact]
    public void A_pointer_is_not_mistaken_for_the_component_named_like_its_last_segment()
    {
        // OpenAPI.NET reads '#/components/parameters/Limit/schema' as the schema component 'schema'.
        var spec = Header + """
            paths:
              /rooms:
                get:
                  operationId: listRooms
                  parameters:
                    - {name: top, in: query, schema: {$ref: '#/components/parameters/Limit/schema'}}
                  responses: {'204': {description: OK}}
            components:
              parameters:
                Limit: {name: limit, in: query, schema: {type: integer, format: int32}}
              schemas:
                schema: {type: object, properties: {x: {type: string}}}
            """;
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains("ListRoomsAsync(int? top = null", Source(result, "ListRoomsAsync.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pointer_to_nothing_is_reported_at_its_ref_naming_that_pointer()
    {
        var spec = Header + """
            paths:
              /rooms:
                get:
                  operationId: listRooms
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Room/properties/seats'}
            components:
              schemas:
                Room: {type: object, properties: {name: {type: string}}}
            """;
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0004", diagnostic.Id);
        Assert.Equal("The reference '#/components/schemas/Room/properties/seats' cannot be resolved; the value is typed as JsonElement", diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((12, spec.Split('\n')[12].IndexOf("'#/", StringComparison.Ordinal)), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Contains("Task<global::System.Text.Json.JsonElement> ListRoomsAsync", Source(result, "ListRoomsAsync.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void A_pointer_to_another_kind_of_object_says_what_it_names()
    {
        var spec = Header + """
            paths:
              /rooms:
                get:
                  operationId: listRooms
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/parameters/Limit'}
            components:
              parameters:
                Limit: {name: limit, in: query, schema: {type: integer}}
            """;
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0004", diagnostic.Id);
        Assert.Contains("'#/components/parameters/Limit (it names a parameter, where a schema belongs)'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#", "'# (it names no OpenAPI object, where a schema belongs)'")]
    [InlineData("#/", "'#/'")]
    [InlineData("#/components/schemas/Room/allOf/-1", "'#/components/schemas/Room/allOf/-1'")]
    public void A_pointer_to_the_whole_document_or_past_a_list_is_reported_and_the_rest_generated(string reference, string named)
    {
        // OpenAPI.NET throws on `#` and `#/`, which cost the whole spec before.
        var spec = Header + "paths:\n  /rooms:\n    get:\n      operationId: listRooms\n      parameters:\n"
            + "        - {name: q, in: query, schema: {$ref: '" + reference + "'}}\n      responses: {'204': {description: OK}}\n"
            + "components:\n  schemas:\n    Room: {allOf: [{type: object, properties: {a: {type: string}}}]}\n";
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0004", diagnostic.Id);
        Assert.Contains(named, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("ListRoomsAsync(global::System.Text.Json.JsonElement? q = null", Source(result, "ListRoomsAsync.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void Pointers_that_point_at_each_other_are_one_reported_cycle()
    {
        var spec = Header + """
            paths: {}
            components:
              schemas:
                Room:
                  type: object
                  properties:
                    a: {$ref: '#/components/schemas/Room/properties/b'}
                    b: {$ref: '#/components/schemas/Room/properties/a'}
            """;
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0004", diagnostic.Id);
        Assert.Contains("(a cycle of references)", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void A_pointer_to_a_parameter_of_another_operation_is_that_parameter()
    {
        var spec = Header + """
            paths:
              /a:
                get:
                  operationId: getA
                  parameters:
                    - {name: page, in: query, schema: {type: integer, format: int32}}
                  responses: {'204': {description: OK}}
              /b:
                get:
                  operationId: getB
                  parameters:
                    - $ref: '#/paths/~1a/get/parameters/0'
                    - $ref: '#/paths/~1a/get/parameters/1'
                  responses: {'204': {description: OK}}
            """;
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));

        Assert.Contains("GetBAsync(int? page = null", Source(result, "GetBAsync.g.cs"), StringComparison.Ordinal);
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("The reference '#/paths/~1a/get/parameters/1' cannot be resolved; the parameter is not generated", diagnostic.GetMessage());
        Assert.Equal(15, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Theory]
    [InlineData("openapi: 3.1.0")]
    [InlineData("openapi: 3.0.3")]
    public void OpenAPI_3_0_and_3_1_read_a_pointer_into_a_component_alike(string version)
    {
        var spec = version + "\n" + Header.Substring(Header.IndexOf('\n') + 1) + """
            paths:
              /rooms:
                get:
                  operationId: listSeats
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Room/properties/seat'}
            components:
              schemas:
                Room:
                  type: object
                  properties:
                    seat: {type: object, properties: {label: {type: string}}}
            """;
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains("Task<RoomSeat> ListSeatsAsync", Source(result, "ListSeatsAsync.g.cs"), StringComparison.Ordinal);
        Assert.Equal(new[] { "Room", "RoomSeat" }, result.Sources.Keys.Where(k => k.StartsWith("Tests.Api.Room", StringComparison.Ordinal)).Select(k => k.Split('.')[2]).Order());
    }

    [Fact]
    public void A_swagger_2_pointer_into_a_definition_or_a_response_schema_is_read()
    {
        var spec = """
            swagger: '2.0'
            info: {title: T, version: '1'}
            host: api.example.com
            produces: [application/json]
            paths:
              /rooms:
                get:
                  operationId: listSeats
                  responses:
                    '200':
                      description: OK
                      schema: {$ref: '#/definitions/Room/properties/seat'}
                    '201':
                      description: OK
                      schema: {$ref: '#/paths/~1rooms/get/responses/200/schema'}
            definitions:
              Room:
                type: object
                properties:
                  seat: {type: object, properties: {label: {type: string}}}
            """;
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));

        Assert.Empty(result.GeneratorDiagnostics);
        var method = Source(result, "ListSeatsAsync.g.cs");
        Assert.Contains("Task<RoomSeat> ListSeatsAsync", method, StringComparison.Ordinal);
        Assert.Contains("case 201: return await _core.ReadJsonAsync(httpResponse, global::Tests.Api.RoomSeat.Codec", method, StringComparison.Ordinal);
    }
}
