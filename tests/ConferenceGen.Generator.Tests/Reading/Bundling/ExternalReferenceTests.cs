using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Pipeline;
using ConferenceGen.Generator.Reading.Bundling;
using ConferenceGen.Generator.Tests.Infrastructure;
using static ConferenceGen.Generator.Tests.Reading.Bundling.SplitSpec;

namespace ConferenceGen.Generator.Tests.Reading.Bundling;

/// <summary>
/// A spec split over several files, as vendors ship them: relative <c>$ref</c>s to YAML and JSON files, with any JSON
/// pointer, are followed among the files the build hands the generator, and the result is one client as if the spec
/// had been one file. What each referenced part becomes (a component, or a copy in place) follows from where the
/// reference stands.
/// </summary>
public sealed class ExternalReferenceTests
{
    [Fact]
    public void A_path_item_in_another_file_is_generated_with_the_parameters_and_schemas_it_refers_to()
    {
        var result = GeneratorHarness.Run(Files(
            ("api.yaml", Header + """
                paths:
                  /users/{id}:
                    $ref: './paths/users.yaml#/paths/~1users~1{id}'
                """),
            ("paths/users.yaml", """
                paths:
                  /users/{id}:
                    get:
                      operationId: getUser
                      parameters:
                        - $ref: '../parameters.json#/Id'
                      responses:
                        '200':
                          description: OK
                          content:
                            application/json:
                              schema: {$ref: '../schemas/User.yaml'}
                """),
            ("parameters.json", """{"Id": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}}"""),
            ("schemas/User.yaml", """
                type: object
                properties:
                  name: {type: string}
                  manager: {$ref: './User.yaml'}
                """)));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
        Assert.Contains("Task<User> GetUserAsync(string id,", Source(result, "ApiClient.GetUserAsync.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public User? Manager {", Source(result, ".User.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_used_from_several_files_is_one_type_named_by_the_component_that_refers_to_it()
    {
        var result = GeneratorHarness.Run(Files(
            ("api.yaml", Header + """
                paths:
                  /a: {$ref: 'paths/a.yaml'}
                  /b: {$ref: 'paths/b.yaml'}
                components:
                  schemas:
                    Problem: {$ref: './schemas/Error.yaml'}
                """),
            ("paths/a.yaml", Operation("getA", "../schemas/Error.yaml")),
            ("paths/b.yaml", Operation("getB", "./../schemas/./Error.yaml")),
            ("schemas/Error.yaml", "type: object\nproperties:\n  message: {type: string}\n")));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
        Assert.Single(result.Sources.Keys, key => key.EndsWith(".Problem.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Sources.Keys, key => key.EndsWith(".Error.g.cs", StringComparison.Ordinal));
        Assert.Contains("Task<Problem> GetAAsync(", Source(result, "GetAAsync.g.cs"), StringComparison.Ordinal);
        Assert.Contains("Task<Problem> GetBAsync(", Source(result, "GetBAsync.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragments_own_local_references_mean_that_fragment_not_the_spec()
    {
        // components.yaml refers to its own '#/components/schemas/Item'; the spec has another Item of its own.
        var result = GeneratorHarness.Run(Files(
            ("main.yaml", Header + """
                paths:
                  /items: {$ref: './items.yaml#/paths/~1items'}
                components:
                  schemas:
                    Item: {type: object, properties: {local: {type: string}}}
                """),
            ("items.yaml", """
                paths:
                  /items:
                    get:
                      operationId: listItems
                      responses:
                        '200':
                          description: OK
                          content:
                            application/json:
                              schema: {$ref: './components.yaml#/components/schemas/ItemList'}
                """),
            ("components.yaml", """
                components:
                  schemas:
                    ItemList:
                      type: object
                      properties:
                        items: {type: array, items: {$ref: '#/components/schemas/Item'}}
                    Item:
                      type: object
                      properties:
                        remote: {type: string}
                """)));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
        Assert.Contains("IList<Item2>? Items", Source(result, ".ItemList.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public string? Remote {", Source(result, ".Item2.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public string? Local {", Source(result, ".Item.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_pointers_with_escapes_and_file_names_with_braces_are_followed()
    {
        var result = GeneratorHarness.Run(Files(
            ("api.yaml", Header + """
                paths:
                  /menu/{menuItemId}: {$ref: 'paths/menu_{menuItemId}.yaml'}
                """),
            ("paths/menu_{menuItemId}.yaml", """
                get:
                  operationId: getMenuItem
                  parameters:
                    - {name: menuItemId, in: path, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '../defs.json#/definitions/menu~0item~1v2'}
                    '404':
                      description: Not found
                      content:
                        application/json:
                          schema: {$ref: '../defs.json#/definitions/not%20found'}
                """),
            ("defs.json", """
                {"definitions": {
                  "menu~item/v2": {"type": "object", "properties": {"price": {"type": "integer", "format": "int32"}}},
                  "not found": {"type": "object", "properties": {"reason": {"type": "string"}}}
                }}
                """)));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
        Assert.Contains("GetMenuItemAsync(string menuItemId,", Source(result, "GetMenuItemAsync.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public int? Price {", Source(result, ".MenuItemV2.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public string? Reason {", Source(result, ".NotFound.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_request_bodies_responses_headers_and_examples_in_other_files_become_components()
    {
        var document = Bundle(
            ("api.yaml", Header + """
                paths:
                  /orders:
                    post:
                      operationId: createOrder
                      parameters: [{$ref: 'common.yaml#/parameters/Trace'}]
                      requestBody: {$ref: 'common.yaml#/bodies/Order'}
                      responses:
                        '201': {$ref: 'common.yaml#/responses/Created'}
                """),
            ("common.yaml", """
                parameters:
                  Trace: {name: X-Trace, in: header, schema: {type: string}}
                bodies:
                  Order:
                    content:
                      application/json:
                        schema: {type: object, properties: {sku: {type: string}}}
                        examples:
                          small: {$ref: '#/examples/Small'}
                responses:
                  Created:
                    description: Created
                    headers:
                      Location: {$ref: '#/headers/Location'}
                headers:
                  Location: {schema: {type: string}}
                examples:
                  Small: {value: {sku: A-1}}
                """));

        var operation = document["paths"]!["/orders"]!["post"]!;
        Assert.Equal("#/components/parameters/Trace", (string?)operation["parameters"]![0]!["$ref"]);
        Assert.Equal("#/components/requestBodies/Order", (string?)operation["requestBody"]!["$ref"]);
        Assert.Equal("#/components/responses/Created", (string?)operation["responses"]!["201"]!["$ref"]);
        var components = document["components"]!;
        Assert.Equal("#/components/headers/Location", (string?)components["responses"]!["Created"]!["headers"]!["Location"]!["$ref"]);
        Assert.Equal("#/components/examples/Small", (string?)components["requestBodies"]!["Order"]!["content"]!["application/json"]!["examples"]!["small"]!["$ref"]);
        Assert.Equal("A-1", (string?)components["examples"]!["Small"]!["value"]!["sku"]);
    }

    [Fact]
    public void Discriminator_mappings_that_name_files_name_the_components_those_files_became()
    {
        var document = Bundle(
            ("api.yaml", Header + """
                paths:
                  /menu:
                    get:
                      operationId: getMenu
                      responses:
                        '200':
                          description: OK
                          content:
                            application/json:
                              schema: {$ref: './schemas/MenuItem.yaml'}
                """),
            ("schemas/MenuItem.yaml", """
                oneOf:
                  - $ref: ./Beverage.yaml
                  - $ref: ./Dessert.yaml
                discriminator:
                  propertyName: category
                  mapping:
                    beverage: ./Beverage.yaml
                    dessert: ./Dessert.yaml
                    other: Beverage
                """),
            ("schemas/Beverage.yaml", "type: object\nproperties: {category: {type: string}, volume: {type: integer}}\n"),
            ("schemas/Dessert.yaml", "type: object\nproperties: {category: {type: string}, calories: {type: integer}}\n"));

        var menuItem = document["components"]!["schemas"]!["MenuItem"]!;
        Assert.Equal("#/components/schemas/Beverage", (string?)menuItem["oneOf"]![0]!["$ref"]);
        Assert.Equal("#/components/schemas/Beverage", (string?)menuItem["discriminator"]!["mapping"]!["beverage"]);
        Assert.Equal("#/components/schemas/Dessert", (string?)menuItem["discriminator"]!["mapping"]!["dessert"]);
        Assert.Equal("Beverage", (string?)menuItem["discriminator"]!["mapping"]!["other"]);
    }

    [Fact]
    public void A_reference_back_into_the_spec_is_a_local_reference()
    {
        var result = GeneratorHarness.Run(Files(
            ("openapi.yaml", Header + """
                paths:
                  /a: {$ref: 'paths/a.yaml'}
                components:
                  schemas:
                    Shared: {type: object, properties: {id: {type: string}}}
                """),
            ("paths/a.yaml", Operation("getA", "../openapi.yaml#/components/schemas/Shared"))));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
        Assert.Single(result.Sources.Keys, key => key.EndsWith(".Shared.g.cs", StringComparison.Ordinal));
        Assert.Contains("Task<Shared> GetAAsync(", Source(result, "GetAAsync.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_an_openapi_key_is_a_spec_of_its_own_even_when_another_spec_refers_into_it()
    {
        var result = GeneratorHarness.Run(Files(
            ("public.yaml", Header + "paths:\n  /status: {$ref: './internal.yaml#/paths/~1status'}\n"),
            ("internal.yaml", Header + "paths:\n  /status:\n" + Indent(Operation("getStatus", null), 4) + "  /admin:\n" + Indent(Operation("getAdmin", null), 4))));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains(result.Sources.Keys, key => key.EndsWith("PublicClient.GetStatusAsync.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Sources.Keys, key => key.EndsWith("PublicClient.GetAdminAsync.g.cs", StringComparison.Ordinal));
        Assert.Contains(result.Sources.Keys, key => key.EndsWith("InternalClient.GetAdminAsync.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fragment_generates_nothing_of_its_own_and_reports_nothing()
    {
        var result = GeneratorHarness.Run(Files(
            ("api.yaml", Header + "paths:\n  /a: {$ref: 'a.yaml'}\n"),
            ("a.yaml", Operation("getA", null))));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.All(result.Sources.Keys, key => Assert.StartsWith("Tests.Api.", key, StringComparison.Ordinal));
    }

    [Fact]
    public void References_inside_extensions_and_example_data_are_left_alone()
    {
        var result = GeneratorHarness.Run(Files(
            ("api.yaml", Header + "paths:\n  /a: {$ref: 'a.yaml'}\n"),
            ("a.yaml", """
                get:
                  operationId: getA
                  x-codeSamples:
                    - {lang: C#, source: {$ref: ../code_samples/C_sharp/a/get.cs}}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {type: object, properties: {link: {type: object}}}
                          example: {link: {$ref: 'https://example.com/not-a-reference'}}
                """)));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void A_spec_added_from_elsewhere_reads_the_files_of_its_folder_and_generates_only_itself()
    {
        var root = new Dictionary<string, string> { ["ConferenceGenRoot"] = "/contracts/" };
        var fragment = new Dictionary<string, string> { ["ConferenceGenRoot"] = "/contracts/", ["ConferenceGenSpec"] = "false", ["ConferenceGenFragment"] = "true" };
        var result = GeneratorHarness.Run(
            new SpecFile("/contracts/api.yaml", Header + "paths:\n  /a: {$ref: 'paths/a.yaml'}\n", root),
            new SpecFile("/contracts/paths/a.yaml", Operation("getA", null), fragment),
            new SpecFile("/contracts/other.yaml", Header + "paths:\n  /b:\n" + Indent(Operation("getB", null), 4), fragment),
            new SpecFile("/contracts/unused.yaml", "type: string\n", fragment));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains(result.Sources.Keys, key => key.EndsWith("ApiClient.GetAAsync.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Sources.Keys, key => key.Contains("GetBAsync", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_root_setting_the_root_is_the_specs_folder_the_folder_metadata_tells()
    {
        // specs/v1/api.yaml (folder v1/) may refer to specs/common/, which lies inside specs/.
        var result = GeneratorHarness.Run(
            new SpecFile("/project/specs/v1/api.yaml", Header + "paths:\n  /a:\n" + Indent(Operation("getA", "../common/Error.yaml"), 4), new Dictionary<string, string> { ["ConferenceGenFolder"] = "v1/" }),
            new SpecFile("/project/specs/common/Error.yaml", "type: object\nproperties: {message: {type: string}}\n", new Dictionary<string, string> { ["ConferenceGenFolder"] = "common/" }));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains("Task<Error> GetAAsync(", Source(result, "GetAAsync.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_swagger_2_spec_split_over_files_gets_definitions_parameters_and_responses()
    {
        var document = Bundle(
            ("api.yaml", """
                swagger: '2.0'
                info: {title: Split, version: '1'}
                host: api.example.com
                paths:
                  /pets:
                    get:
                      operationId: listPets
                      parameters: [{$ref: 'common.yaml#/parameters/Limit'}]
                      responses:
                        '200': {description: OK, schema: {type: array, items: {$ref: 'common.yaml#/definitions/Pet'}}}
                        default: {$ref: 'common.yaml#/responses/Error'}
                """),
            ("common.yaml", """
                parameters:
                  Limit: {name: limit, in: query, type: integer}
                definitions:
                  Pet: {type: object, properties: {name: {type: string}}}
                responses:
                  Error: {description: Error, schema: {type: object}}
                """));

        Assert.Equal("#/parameters/Limit", (string?)document["paths"]!["/pets"]!["get"]!["parameters"]![0]!["$ref"]);
        Assert.Equal("#/definitions/Pet", (string?)document["paths"]!["/pets"]!["get"]!["responses"]!["200"]!["schema"]!["items"]!["$ref"]);
        Assert.Equal("#/responses/Error", (string?)document["paths"]!["/pets"]!["get"]!["responses"]!["default"]!["$ref"]);
        Assert.NotNull(document["definitions"]!["Pet"]!["properties"]);
        Assert.Null(document["components"]);
    }

    /// <summary>A path item with one GET operation, its 200 reply typed by <paramref name="schemaRef"/> (no body when null).</summary>
    internal static string Operation(string operationId, string? schemaRef) =>
        $"get:\n  operationId: {operationId}\n  responses:\n    '200':\n      description: OK\n"
        + (schemaRef is null ? string.Empty : $"      content:\n        application/json:\n          schema: {{$ref: '{schemaRef}'}}\n");

    internal static string Indent(string text, int spaces) =>
        string.Concat(text.Split('\n').Where(line => line.Length > 0).Select(line => new string(' ', spaces) + line + "\n"));

    /// <summary>The first file bundled with the others, as the processor reads it next.</summary>
    private static JsonObject Bundle(params (string Path, string Text)[] files)
    {
        var all = Files(files);
        var input = new SpecInput(all[0].Path, all[0].Text, Settings, Folder: new SpecFolder("/project/specs/", all.Skip(1).Select(f => new FolderFile(f.Path, f.Text)).ToEquatableArray()));
        var tree = DocumentTree.FromText(input);
        Assert.Equal(0, tree.Diagnostics.Count);
        return Assert.IsType<JsonObject>(tree.Root);
    }

    private static readonly SpecSettings Settings = new("Tests.Api", "ApiClient", ConferenceGen.Generator.Model.Visibility.Public);
}
