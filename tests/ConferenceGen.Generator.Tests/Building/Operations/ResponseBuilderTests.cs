using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Operations;

/// <summary>What a method returns, and what it does with each documented status.</summary>
public sealed class ResponseBuilderTests
{
    private static readonly TypeRef Call = TypeRef.Named(TypeKind.Object, "Call");

    private static BuiltSpec Get(string responses) => BuiltSpec.From(BuiltSpec.Header + $$$"""
        paths:
          /calls/{sid}:
            get:
              operationId: getCall
              parameters: [{name: sid, in: path, required: true, schema: {type: string}}]
              responses:
        {{{BuiltSpec.Indent(responses, 8)}}}
        components:
          schemas:
            Call:
              type: object
              properties: {sid: {type: string}}
            Problem:
              type: object
              properties: {message: {type: string}}
        """);

    private static ReplyCase Case(StatusMatchKind kind, int code, ReplyAction action, TypeRef? type = null) =>
        new(new StatusMatch(kind, code), action, type, "d");

    [Fact]
    public void The_first_success_with_a_JSON_body_sets_the_return_type_and_returns_it()
    {
        var operation = Get("""
            '200': {description: d, content: {application/json: {schema: {$ref: '#/components/schemas/Call'}}}}
            """).Operation();

        Assert.Equal(Call, operation.ReturnType);
        Assert.Equal(Case(StatusMatchKind.Code, 200, ReplyAction.ReturnJson, Call), operation.Replies[0]);
    }

    [Fact]
    public void A_method_whose_successes_have_no_body_returns_nothing()
    {
        var operation = Get("""
            '204': {description: d}
            """).Operation();

        Assert.Null(operation.ReturnType);
        Assert.Equal(Case(StatusMatchKind.Code, 204, ReplyAction.ReturnVoid), operation.Replies[0]);
    }

    [Fact]
    public void A_success_without_a_body_beside_one_with_a_body_makes_the_return_type_nullable_and_returns_null()
    {
        var operation = Get("""
            '200': {description: d, content: {application/json: {schema: {$ref: '#/components/schemas/Call'}}}}
            '204': {description: d}
            """).Operation();

        Assert.Equal(Call with { Nullable = true }, operation.ReturnType);
        Assert.Equal(ReplyAction.ReturnNull, operation.Replies[1].Action);
    }

    [Fact]
    public void Another_success_with_the_same_schema_returns_it_too()
    {
        var operation = Get("""
            '200': {description: d, content: {application/json: {schema: {$ref: '#/components/schemas/Call'}}}}
            '201': {description: d, content: {application/json: {schema: {$ref: '#/components/schemas/Call'}}}}
            """).Operation();

        Assert.Equal(new[] { ReplyAction.ReturnJson, ReplyAction.ReturnJson }, operation.Replies.Take(2).Select(c => c.Action));
    }

    [Fact]
    public void A_success_with_another_schema_than_the_first_throws_as_unexpected_with_a_CG0005()
    {
        var spec = Get("""
            '200': {description: d, content: {application/json: {schema: {$ref: '#/components/schemas/Call'}}}}
            '202': {description: d, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
            """);

        Assert.Equal(Call, spec.Operation().ReturnType);
        Assert.Equal(Case(StatusMatchKind.Code, 202, ReplyAction.ThrowUnexpected), spec.Operation().Replies[1]);
        Assert.Contains("(Call)", spec.Message("CG0005"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_reply_is_named_after_the_operation_with_Response_or_with_its_status_when_several_successes_have_bodies()
    {
        var one = Get("""
            '200': {description: d, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
            """);
        var two = Get("""
            '200': {description: d, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
            '201': {description: d, content: {application/json: {schema: {type: object, properties: {b: {type: string}}}}}}
            """);

        Assert.Equal("GetCallResponse", one.Operation().ReturnType!.Name);
        Assert.Equal("GetCallResponse200", two.Operation().ReturnType!.Name);
        Assert.Contains("GetCallResponse201", two.TypeNames);
    }

    [Fact]
    public void A_binary_success_returns_a_stream()
    {
        var operation = Get("""
            '200': {description: d, content: {audio/mpeg: {schema: {type: string, format: binary}}}}
            """).Operation();

        Assert.Equal(new TypeRef(TypeKind.Stream), operation.ReturnType);
        Assert.Equal(ReplyAction.ReturnStream, operation.Replies[0].Action);
    }

    [Fact]
    public void JSON_is_read_where_a_reply_offers_several_media_types()
    {
        var operation = Get("""
            '200':
              description: d
              content:
                application/xml: {schema: {$ref: '#/components/schemas/Call'}}
                application/json: {schema: {$ref: '#/components/schemas/Call'}}
            """).Operation();

        Assert.Equal(Call, operation.ReturnType);
    }

    [Fact]
    public void A_documented_error_with_a_JSON_body_throws_it_typed_and_an_inline_one_is_named_after_the_status()
    {
        var operation = Get("""
            '204': {description: d}
            '404': {description: d, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
            '429': {description: d, content: {application/json: {schema: {type: object, properties: {retry: {type: integer}}}}}}
            default: {description: d, content: {application/json: {schema: {type: object, properties: {error: {type: string}}}}}}
            """).Operation();

        Assert.Equal(
            new[] { (ReplyAction.ThrowTyped, "Problem"), (ReplyAction.ThrowTyped, "GetCallError429"), (ReplyAction.ThrowTyped, "GetCallError") },
            operation.Replies.Skip(1).Select(c => (c.Action, c.Type!.Name!)));
    }

    [Fact]
    public void An_error_without_a_JSON_body_throws_with_the_raw_body()
    {
        var operation = Get("""
            '204': {description: d}
            '404': {description: d}
            '500': {description: d, content: {text/plain: {schema: {type: string}}}}
            """).Operation();

        Assert.Equal(new[] { ReplyAction.Throw, ReplyAction.Throw }, operation.Replies.Skip(1).Take(2).Select(c => c.Action));
    }

    [Fact]
    public void Cases_are_matched_codes_first_then_ranges_then_default_each_group_in_the_spec_order()
    {
        var operation = Get("""
            default: {description: d}
            4XX: {description: d}
            '404': {description: d}
            '204': {description: d}
            """).Operation();

        Assert.Equal(
            new[] { new StatusMatch(StatusMatchKind.Code, 404), new StatusMatch(StatusMatchKind.Code, 204), new StatusMatch(StatusMatchKind.Range, 400), StatusMatch.Default },
            operation.Replies.Select(c => c.Status));
    }

    [Fact]
    public void Without_a_documented_default_every_other_status_throws()
    {
        var operation = Get("""
            '204': {description: d}
            """).Operation();

        Assert.Equal(new ReplyCase(StatusMatch.Default, ReplyAction.Throw, null, null), operation.Replies.Last());
        Assert.Equal(2, operation.Replies.Count);
    }

    [Fact]
    public void Without_a_documented_success_any_2xx_returns_nothing_and_is_matched_before_the_default()
    {
        var operation = Get("""
            '404': {description: d}
            default: {description: d}
            """).Operation();

        Assert.Null(operation.ReturnType);
        Assert.Equal(
            new[] { (new StatusMatch(StatusMatchKind.Code, 404), ReplyAction.Throw), (StatusMatch.AnySuccess, ReplyAction.ReturnVoid), (StatusMatch.Default, ReplyAction.Throw) },
            operation.Replies.Select(c => (c.Status, c.Action)));
    }

    [Fact]
    public void A_redirect_with_a_JSON_body_is_returned_and_then_an_undocumented_2xx_cannot_be()
    {
        var operation = Get("""
            '307': {description: d, content: {application/json: {schema: {$ref: '#/components/schemas/Call'}}}}
            """).Operation();

        Assert.Equal(Call, operation.ReturnType);
        Assert.Equal(
            new[] { (new StatusMatch(StatusMatchKind.Code, 307), ReplyAction.ReturnJson), (StatusMatch.AnySuccess, ReplyAction.ThrowUnexpected), (StatusMatch.Default, ReplyAction.Throw) },
            operation.Replies.Select(c => (c.Status, c.Action)));
    }

    [Fact]
    public void A_redirect_without_a_body_is_an_error()
    {
        var operation = Get("""
            '200': {description: d, content: {application/json: {schema: {$ref: '#/components/schemas/Call'}}}}
            '302': {description: d}
            """).Operation();

        Assert.Equal(Call, operation.ReturnType);
        Assert.Equal(ReplyAction.Throw, operation.Replies[1].Action);
    }

    [Fact]
    public void A_status_key_that_is_no_status_is_ignored_with_a_CG0003()
    {
        var spec = Get("""
            '204': {description: d}
            '600': {description: d}
            """);

        Assert.Equal(new[] { StatusMatchKind.Code, StatusMatchKind.Default }, spec.Operation().Replies.Select(c => c.Status.Kind));
        var message = Assert.Single(spec.Messages("CG0003"));
        Assert.Contains("'600' is not an HTTP status code", message, System.StringComparison.Ordinal);
        Assert.EndsWith("the response is ignored", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_reply_media_types_are_each_listed_once_JSON_first_then_in_the_spec_order()
    {
        var operation = Get("""
            '200':
              description: d
              content:
                application/xml: {schema: {$ref: '#/components/schemas/Call'}}
                application/json: {schema: {$ref: '#/components/schemas/Call'}}
            '400': {description: d, content: {text/plain: {schema: {type: string}}, application/problem+json: {schema: {$ref: '#/components/schemas/Problem'}}}}
            '404': {description: d, content: {Application/XML: {schema: {type: string}}}}
            """).Operation();

        Assert.Equal(new[] { "application/json", "application/problem+json", "application/xml", "text/plain" }, operation.ReplyMediaTypes);
    }
}
