using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Operations;

/// <summary>How an operation becomes a method: its name, its literal query, and the overloads of a body of several schemas.</summary>
public sealed class OperationBuilderTests
{
    [Fact]
    public void A_method_is_named_from_the_operationId_in_Pascal_case_with_Async()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /calls:
                get: {operationId: list-calls_v2, responses: {'204': {description: none}}}
            """);

        Assert.Equal("ListCallsV2Async", spec.Operation().MethodName);
    }

    [Fact]
    public void A_method_without_an_operationId_is_named_from_its_HTTP_method_and_path()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /rooms/{roomId}/participants:
                get:
                  parameters: [{name: roomId, in: path, required: true, schema: {type: string}}]
                  responses: {'204': {description: none}}
            """);

        Assert.Equal("GetRoomsRoomIdParticipantsAsync", spec.Operation().MethodName);
    }

    [Fact]
    public void A_repeated_operationId_takes_a_number_before_Async_and_a_CG0006()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /widgets/a:
                get: {operationId: getWidget, responses: {'204': {description: none}}}
              /widgets/b:
                get: {operationId: getWidget, responses: {'204': {description: none}}}
            """);

        Assert.Equal(new[] { "GetWidgetAsync", "GetWidget2Async" }, spec.Operations.Select(o => o.MethodName));
        Assert.Contains("'GetWidget2Async'", spec.Message("CG0006"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_literal_query_of_a_path_key_is_sent_as_decoded_constant_parameters_and_left_out_of_the_path()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /items?action=move%20all&beta:
                post: {operationId: moveItems, responses: {'204': {description: none}}}
            """);

        var operation = spec.Operation();
        Assert.Equal("/items?action=move%20all&beta", operation.Path);
        Assert.Equal(new[] { new ConstantQueryParameter("action", "move all"), new ConstantQueryParameter("beta", null) }, operation.ConstantQuery);
        Assert.Equal(new[] { PathSegment.Fixed("/items") }, operation.PathSegments);
    }

    [Fact]
    public void Two_path_keys_with_literal_queries_and_one_operationId_tell_apart_by_the_query()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /items?action=delete:
                post: {operationId: deleteItems, responses: {'204': {description: none}}}
              /items?action=archive:
                post: {operationId: deleteItems, responses: {'204': {description: none}}}
            """);

        Assert.Equal(new[] { "DeleteItemsAsync", "DeleteItemsActionArchiveAsync" }, spec.Operations.Select(o => o.MethodName));
        Assert.Single(spec.Diagnosed("CG0006"));
    }

    [Fact]
    public void A_body_of_two_schemas_makes_an_overload_of_the_same_name_whose_unit_is_keyed_by_its_kind_of_body()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /messages:
                post:
                  operationId: createMessage
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/MessageCreate'}
                      multipart/form-data:
                        schema:
                          allOf:
                            - $ref: '#/components/schemas/MessageCreate'
                            - type: object
                              properties:
                                file: {type: string, format: binary}
                  responses: {'204': {description: none}}
            components:
              schemas:
                MessageCreate: {type: object, properties: {content: {type: string}}}
            """);

        Assert.Equal(new[] { "CreateMessageAsync", "CreateMessageAsync.Multipart" }, spec.OperationUnits.Select(u => u.MethodKey));
        var (first, overload) = (spec.Operations[0], spec.Operations[1]);
        Assert.Equal(first.MethodName, overload.MethodName);
        Assert.Equal(TypeRef.Named(TypeKind.Object, "MessageCreate"), first.Body!.Type);
        Assert.False(first.Body.Required);
        Assert.Equal(TypeRef.Named(TypeKind.Object, "CreateMessageMultipartRequest"), overload.Body!.Type);
        Assert.True(overload.Body.Required);
    }

    [Fact]
    public void An_overload_whose_body_has_the_same_CSharp_type_is_named_with_its_kind_of_body_and_a_CG0006()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /tags:
                put:
                  operationId: putTags
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, additionalProperties: {type: string}}
                      multipart/form-data:
                        schema: {type: object, additionalProperties: {type: string, nullable: true}}
                  responses: {'204': {description: none}}
            """);

        Assert.Equal(new[] { "PutTagsAsync", "PutTagsMultipartAsync" }, spec.OperationUnits.Select(u => u.MethodKey));
        Assert.Equal("PutTagsMultipartAsync", spec.Operations[1].MethodName);
        Assert.Contains("same C# type", spec.Message("CG0006"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_method_with_an_all_pages_method_keeps_no_overloads_and_names_the_other_body_by_its_kind()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /search:
                get:
                  operationId: search
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {q: {type: string}}}
                      text/plain:
                        schema: {type: string}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {type: array, items: {type: string}}
            """);

        Assert.Equal(new[] { "SearchAsync", "SearchTextAsync" }, spec.Operations.Select(o => o.MethodName));
        Assert.NotNull(spec.Operations[0].Paging);
        Assert.Null(spec.Operations[1].Paging);
        Assert.Contains("all-pages method", spec.Message("CG0006"), System.StringComparison.Ordinal);
    }
}
