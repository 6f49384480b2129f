using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Operations;

/// <summary>The request body: its type and name, the media types it can be sent as, and those it cannot.</summary>
public sealed class RequestBodyBuilderTests
{
    private static BuiltSpec Post(string requestBody, string parameters = "[]") => BuiltSpec.From(BuiltSpec.Header + $$$"""
        paths:
          /calls:
            post:
              operationId: createCall
              parameters: {{{parameters}}}
              requestBody:
        {{{BuiltSpec.Indent(requestBody, 8)}}}
              responses: {'204': {description: none}}
        components:
          schemas:
            Call:
              type: object
              properties: {to: {type: string}}
        """);

    [Fact]
    public void An_inline_body_is_a_type_named_after_the_operation_with_Request_and_its_parameter_is_request()
    {
        var body = Post("""
            content:
              application/json:
                schema: {type: object, properties: {to: {type: string}}}
            """).Operation().Body!;

        Assert.Equal(TypeRef.Named(TypeKind.Object, "CreateCallRequest"), body.Type);
        Assert.Equal("request", body.Name);
    }

    [Fact]
    public void A_body_of_a_component_is_that_type_and_its_parameter_is_body()
    {
        var body = Post("""
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Call'}
            """).Operation().Body!;

        Assert.Equal(TypeRef.Named(TypeKind.Object, "Call"), body.Type);
        Assert.Equal("body", body.Name);
    }

    [Fact]
    public void An_inline_body_with_a_title_is_named_by_its_title()
    {
        var body = Post("""
            content:
              application/json:
                schema: {title: new call, type: object, properties: {to: {type: string}}}
            """).Operation().Body!;

        Assert.Equal(TypeRef.Named(TypeKind.Object, "NewCall"), body.Type);
    }

    [Fact]
    public void The_body_parameter_takes_a_number_when_a_parameter_has_its_name()
    {
        var body = Post(
            """
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Call'}
            """,
            "[{name: body, in: query, schema: {type: string}}]").Operation().Body!;

        Assert.Equal("body2", body.Name);
    }

    [Theory]
    [InlineData("required: true", true)]
    [InlineData("required: false", false)]
    [InlineData("description: no word on it", false)]
    public void A_body_is_required_only_when_the_spec_says_so(string line, bool required)
    {
        var body = Post(line + "\n" + """
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Call'}
            """).Operation().Body!;

        Assert.Equal(required, body.Required);
    }

    [Fact]
    public void Media_types_of_one_schema_are_one_body_sent_by_default_as_the_first_listed()
    {
        var body = Post("""
            description: The call to make.
            content:
              application/x-www-form-urlencoded:
                schema: {$ref: '#/components/schemas/Call'}
              application/json:
                schema: {$ref: '#/components/schemas/Call'}
            """).Operation().Body!;

        Assert.Equal(new[] { (BodyKind.Form, "application/x-www-form-urlencoded"), (BodyKind.Json, "application/json") }, body.Encodings.Select(e => (e.Kind, e.MediaType)));
        Assert.Equal("The call to make.", body.Description);
    }

    [Fact]
    public void An_inline_schema_repeated_under_several_media_types_is_one_body_type()
    {
        // A union: inline objects alike are one type anyway, inline unions are one only by this rule.
        var spec = Post("""
            content:
              application/json:
                schema:
                  oneOf:
                    - $ref: '#/components/schemas/Call'
                    - {type: object, properties: {from: {type: string}}}
              multipart/form-data:
                schema:
                  oneOf:
                    - $ref: '#/components/schemas/Call'
                    - {type: object, properties: {from: {type: string}}}
            """);

        var body = spec.Operation().Body!;
        Assert.Equal(TypeRef.Named(TypeKind.Union, "CreateCallRequest"), body.Type);
        Assert.Equal(new[] { BodyKind.Json, BodyKind.Multipart }, body.Encodings.Select(e => e.Kind));
        Assert.Single(spec.Unions);
    }

    [Fact]
    public void Only_the_first_media_type_of_each_kind_is_offered()
    {
        var body = Post("""
            content:
              application/merge-patch+json:
                schema: {$ref: '#/components/schemas/Call'}
              application/json:
                schema: {$ref: '#/components/schemas/Call'}
            """).Operation().Body!;

        var encoding = Assert.Single(body.Encodings);
        Assert.Equal((BodyKind.Json, "application/merge-patch+json"), (encoding.Kind, encoding.ContentType));
    }

    [Theory]
    [InlineData("application/vnd.api+json", "{$ref: '#/components/schemas/Call'}", nameof(BodyKind.Json), "application/vnd.api+json")]
    [InlineData("'*/*'", "{$ref: '#/components/schemas/Call'}", nameof(BodyKind.Json), "application/json")]
    [InlineData("application/x-www-form-urlencoded", "{$ref: '#/components/schemas/Call'}", nameof(BodyKind.Form), "application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data", "{$ref: '#/components/schemas/Call'}", nameof(BodyKind.Multipart), "multipart/form-data")]
    [InlineData("text/plain", "{type: string}", nameof(BodyKind.Text), "text/plain")]
    [InlineData("application/xml", "{type: string}", nameof(BodyKind.Text), "application/xml")]
    [InlineData("application/octet-stream", "{type: string, format: binary}", nameof(BodyKind.Stream), "application/octet-stream")]
    [InlineData("application/json", "{type: string, format: binary}", nameof(BodyKind.Stream), "application/json")]
    [InlineData("application/pdf", "{type: object}", nameof(BodyKind.Stream), "application/pdf")]
    public void A_media_type_is_written_as_its_kind_says(string mediaType, string schema, string kind, string contentType)
    {
        var body = Post($$"""
            content:
              {{mediaType}}:
                schema: {{schema}}
            """).Operation().Body!;

        var encoding = Assert.Single(body.Encodings);
        Assert.Equal((System.Enum.Parse<BodyKind>(kind), contentType), (encoding.Kind, encoding.ContentType));
    }

    [Fact]
    public void Text_is_sent_from_a_string_and_bytes_from_a_stream()
    {
        var text = Post("content: {text/plain: {schema: {type: string}}}").Operation().Body!;
        var bytes = Post("content: {audio/wav: {schema: {type: string, format: binary}}}").Operation().Body!;

        Assert.Equal(TypeRef.String, text.Type);
        Assert.Equal(new TypeRef(TypeKind.Stream), bytes.Type);
        Assert.Null(bytes.ContentTypeParameter);
    }

    [Fact]
    public void Raw_bytes_listed_under_several_media_types_take_a_contentType_parameter_naming_the_one_sent()
    {
        var body = Post("""
            content:
              audio/wav:
                schema: {type: string, format: binary}
              audio/mpeg:
                schema: {type: string, format: binary}
            """).Operation().Body!;

        Assert.Equal("contentType", body.ContentTypeParameter);
        Assert.Equal("audio/wav", Assert.Single(body.Encodings).MediaType);
    }

    [Fact]
    public void An_XML_body_of_an_object_cannot_be_written_and_the_operation_has_no_body_and_a_CG0005()
    {
        var spec = Post("""
            content:
              application/xml:
                schema: {$ref: '#/components/schemas/Call'}
            """);

        Assert.Null(spec.Operation().Body);
        Assert.Contains("application/xml", spec.Message("CG0005"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_body_that_is_not_an_object_is_not_offered_with_a_CG0005()
    {
        var spec = Post("""
            content:
              application/x-www-form-urlencoded:
                schema: {type: array, items: {type: string}}
              application/json:
                schema: {type: array, items: {type: string}}
            """);

        Assert.Equal(BodyKind.Json, Assert.Single(spec.Operation().Body!.Encodings).Kind);
        Assert.Contains("application/x-www-form-urlencoded body", spec.Message("CG0005"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_body_of_an_empty_object_is_no_body_and_no_problem()
    {
        var spec = Post("""
            content:
              application/x-www-form-urlencoded:
                schema: {type: object, properties: {}}
            """);

        Assert.Null(spec.Operation().Body);
        Assert.Empty(spec.Diagnostics);
    }

    [Fact]
    public void Form_properties_encoded_as_deepObject_are_listed_by_wire_name()
    {
        var body = Post("""
            content:
              application/x-www-form-urlencoded:
                schema:
                  type: object
                  properties:
                    metadata: {type: object, additionalProperties: {type: string}}
                    expand: {type: array, items: {type: string}}
                encoding:
                  metadata: {style: deepObject, explode: true}
                  expand: {style: form, explode: true}
            """).Operation().Body!;

        Assert.Equal(new[] { "metadata" }, Assert.Single(body.Encodings).DeepObjects);
    }
}
