using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building;

/// <summary>What one spec becomes as a whole: the client, one unit per method, and the types, before any C# is written.</summary>
public sealed class SpecModelBuilderTests
{
    [Fact]
    public void The_client_takes_its_name_from_the_settings_and_its_title_and_description_from_the_spec()
    {
        var spec = BuiltSpec.From("""
            openapi: 3.0.3
            info: {title: Conference API, description: Runs conferences., version: '1'}
            paths: {}
            """, BuiltSpec.Settings() with { ClientName = "ConferenceClient" });

        Assert.Equal("ConferenceClient", spec.Client.Name);
        Assert.Equal("ConferenceClientOptions", spec.Client.OptionsName);
        Assert.Equal("Conference API", spec.Client.Title);
        Assert.Equal("Runs conferences.", spec.Client.Description);
        Assert.Equal(spec.Client, spec.Units.OfType<OptionsUnit>().Single().Client);
    }

    [Fact]
    public void Each_operation_is_a_unit_of_the_client_keyed_by_its_method_name_in_the_spec_order()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /rooms:
                get: {operationId: listRooms, responses: {'204': {description: none}}}
                post: {operationId: createRoom, responses: {'204': {description: none}}}
              /rooms/{id}:
                delete:
                  operationId: deleteRoom
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses: {'204': {description: none}}
            """);

        Assert.Equal(new[] { "ListRoomsAsync", "CreateRoomAsync", "DeleteRoomAsync" }, spec.OperationUnits.Select(u => u.MethodKey));
        Assert.All(spec.OperationUnits, u => Assert.Equal(BuiltSpec.ClientName, u.ClientName));
        Assert.Equal(new[] { HttpVerb.Get, HttpVerb.Post, HttpVerb.Delete }, spec.Operations.Select(o => o.Verb));
        Assert.All(spec.Operations, o => Assert.Null(o.ExtensionVerb));
    }

    [Fact]
    public void Every_component_schema_becomes_a_type_even_when_no_operation_uses_it()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths: {}
            components:
              schemas:
                StatusCallbackEvent:
                  type: object
                  properties: {sid: {type: string}}
                Status: {type: string, enum: [queued, done]}
            """);

        Assert.Equal(new[] { "StatusCallbackEvent", "Status" }, spec.TypeNames);
    }

    [Fact]
    public void A_component_schema_named_like_the_client_takes_a_number_so_the_client_keeps_its_name()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths: {}
            components:
              schemas:
                ApiClient: {type: object, properties: {id: {type: string}}}
                ApiClientOptions: {type: object, properties: {id: {type: string}}}
            """);

        Assert.Equal(new[] { "ApiClient2", "ApiClientOptions2" }, spec.TypeNames);
    }

    [Fact]
    public void Component_schemas_keep_their_names_and_an_inline_type_that_wants_one_takes_a_number()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /calls:
                get:
                  operationId: listCalls
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {type: object, properties: {total: {type: integer}}}
            components:
              schemas:
                ListCallsResponse: {type: object, properties: {sid: {type: string}}}
            """);

        Assert.Equal(TypeRef.Named(TypeKind.Object, "ListCallsResponse2"), spec.Operation().ReturnType);
        Assert.Equal("sid", Assert.Single(spec.Object("ListCallsResponse").Properties).WireName);
    }

    [Fact]
    public void A_path_key_with_a_fragment_is_skipped_with_CG0007()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /rooms#legacy:
                get: {operationId: listLegacyRooms, responses: {'204': {description: none}}}
              /rooms:
                get: {operationId: listRooms, responses: {'204': {description: none}}}
            """);

        Assert.Equal("ListRoomsAsync", spec.Operation().MethodName);
        Assert.Contains("GET /rooms#legacy", spec.Message("CG0007"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_key_whose_query_holds_a_template_variable_is_skipped_with_CG0007()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /rooms?id={id}:
                get: {operationId: getRoom, responses: {'204': {description: none}}}
            """);

        Assert.Empty(spec.Operations);
        Assert.Contains("template variable", spec.Message("CG0007"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_callback_request_body_becomes_a_model_named_after_the_operation_and_the_callback()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /calls:
                post:
                  operationId: createCall
                  responses: {'204': {description: none}}
                  callbacks:
                    statusChanged:
                      '{$request.body#/callbackUrl}':
                        post:
                          requestBody:
                            content:
                              application/json:
                                schema: {type: object, properties: {status: {type: string}}}
                          responses: {'200': {description: OK}}
            """);

        Assert.Equal("status", Assert.Single(spec.Object("CreateCallStatusChangedPayload").Properties).WireName);
        Assert.Single(spec.Operations);
    }

    [Fact]
    public void A_webhook_request_body_becomes_a_model_named_after_the_webhook()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header31 + """
            paths: {}
            webhooks:
              conference-ended:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {sid: {type: string}}}
                  responses: {'200': {description: OK}}
            """);

        Assert.Equal("sid", Assert.Single(spec.Object("ConferenceEndedPayload").Properties).WireName);
        Assert.Empty(spec.Operations);
    }
}
