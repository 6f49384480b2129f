using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Operations;

/// <summary>Path, query, header and cookie parameters: which are kept, in which order, under which names, and how each is written.</summary>
public sealed class ParameterBuilderTests
{
    private static OperationModel Operation(string parameters, string path = "/calls") => BuiltSpec.From(BuiltSpec.Header + $$$"""
        paths:
          {{{path}}}:
            get:
              operationId: listCalls
              parameters:
        {{{BuiltSpec.Indent(parameters, 8)}}}
              responses: {'204': {description: none}}
        """).Operation();

    [Fact]
    public void Path_item_parameters_come_first_then_the_operation_s_in_the_spec_order()
    {
        var operation = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /accounts/{accountSid}/calls:
                parameters:
                  - {name: accountSid, in: path, required: true, schema: {type: string}}
                get:
                  operationId: listCalls
                  parameters:
                    - {name: Status, in: query, schema: {type: string}}
                    - {name: To, in: query, schema: {type: string}}
                  responses: {'204': {description: none}}
            """).Operation();

        Assert.Equal(new[] { "accountSid", "Status", "To" }, operation.Parameters.Select(p => p.WireName));
    }

    [Fact]
    public void An_operation_parameter_replaces_the_path_item_parameter_of_the_same_name_and_location()
    {
        var operation = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /calls:
                parameters:
                  - {name: limit, in: query, schema: {type: string}}
                  - {name: limit, in: header, schema: {type: string}}
                get:
                  operationId: listCalls
                  parameters:
                    - {name: limit, in: query, schema: {type: integer, format: int32}}
                  responses: {'204': {description: none}}
            """).Operation();

        Assert.Equal(
            new[] { (ParameterLocation.Header, TypeKind.String), (ParameterLocation.Query, TypeKind.Int32) },
            operation.Parameters.Select(p => (p.Location, p.Type.Kind)));
    }

    [Fact]
    public void A_parameter_named_like_a_CSharp_keyword_keeps_its_bare_name()
    {
        var operation = Operation("""
            - {name: class, in: query, schema: {type: string}}
            - {name: namespace, in: query, schema: {type: string}}
            """);

        Assert.Equal(new[] { "class", "namespace" }, operation.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void A_parameter_named_like_a_local_of_the_generated_method_takes_a_number()
    {
        var operation = Operation("""
            - {name: cancellationToken, in: query, schema: {type: string}}
            - {name: path, in: query, schema: {type: string}}
            """);

        Assert.Equal(new[] { "cancellationToken2", "path2" }, operation.Parameters.Select(p => p.Name));
        Assert.Equal(new[] { "cancellationToken", "path" }, operation.Parameters.Select(p => p.WireName));
    }

    [Fact]
    public void Parameters_whose_names_meet_in_CSharp_take_numbers_in_the_spec_order_and_keep_their_wire_names()
    {
        var operation = Operation("""
            - {name: page-size, in: query, schema: {type: string}}
            - {name: page_size, in: header, schema: {type: string}}
            - {name: PageSize, in: cookie, schema: {type: string}}
            """);

        Assert.Equal(new[] { "pageSize", "pageSize2", "pageSize3" }, operation.Parameters.Select(p => p.Name));
        Assert.Equal(new[] { "page-size", "page_size", "PageSize" }, operation.Parameters.Select(p => p.WireName));
    }

    [Fact]
    public void Comparison_suffixes_become_words_that_read_as_time_for_dates()
    {
        var operation = Operation("""
            - {name: 'DateCreated<', in: query, schema: {type: string, format: date-time}}
            - {name: 'DateCreated>=', in: query, schema: {type: string, format: date}}
            - {name: 'Price<', in: query, schema: {type: number}}
            """);

        Assert.Equal(new[] { "dateCreatedBefore", "dateCreatedOnOrAfter", "priceLessThan" }, operation.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void A_path_parameter_is_required_even_when_the_spec_says_it_is_not()
    {
        var operation = Operation("- {name: id, in: path, required: false, schema: {type: string}}", path: "/calls/{id}");

        Assert.True(Assert.Single(operation.Parameters).Required);
    }

    [Fact]
    public void Query_header_and_cookie_parameters_are_optional_unless_required()
    {
        var operation = Operation("""
            - {name: a, in: query, schema: {type: string}}
            - {name: b, in: query, required: true, schema: {type: string}}
            - {name: c, in: header, schema: {type: string}}
            - {name: d, in: cookie, required: true, schema: {type: string}}
            """);

        Assert.Equal(new[] { false, true, false, true }, operation.Parameters.Select(p => p.Required));
    }

    [Fact]
    public void Accept_Content_Type_and_Authorization_header_parameters_are_left_to_the_client_whatever_their_case()
    {
        var operation = Operation("""
            - {name: accept, in: header, schema: {type: string}}
            - {name: Content-Type, in: header, schema: {type: string}}
            - {name: AUTHORIZATION, in: header, schema: {type: string}}
            - {name: Accept, in: query, schema: {type: string}}
            - {name: X-Request-Id, in: header, schema: {type: string}}
            """);

        Assert.Equal(new[] { (ParameterLocation.Query, "Accept"), (ParameterLocation.Header, "X-Request-Id") }, operation.Parameters.Select(p => (p.Location, p.WireName)));
    }

    [Fact]
    public void Without_a_style_query_and_cookie_parameters_are_form_and_path_and_header_parameters_simple()
    {
        var operation = Operation("""
            - {name: id, in: path, required: true, schema: {type: string}}
            - {name: q, in: query, schema: {type: string}}
            - {name: h, in: header, schema: {type: string}}
            - {name: c, in: cookie, schema: {type: string}}
            """, path: "/calls/{id}");

        Assert.Equal(
            new[] { ParameterStyle.Simple, ParameterStyle.Form, ParameterStyle.Simple, ParameterStyle.Form },
            operation.Parameters.Select(p => p.Style));
    }

    [Fact]
    public void A_form_list_repeats_its_name_unless_explode_is_false()
    {
        var operation = Operation("""
            - {name: a, in: query, schema: {type: array, items: {type: string}}}
            - {name: b, in: query, explode: false, schema: {type: array, items: {type: string}}}
            """);

        Assert.Equal(new[] { true, false }, operation.Parameters.Select(p => p.Explode));
    }

    [Fact]
    public void Delimited_styles_join_list_items_with_a_space_or_a_pipe()
    {
        var operation = Operation("""
            - {name: a, in: query, style: spaceDelimited, explode: false, schema: {type: array, items: {type: string}}}
            - {name: b, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}}}
            - {name: c, in: query, explode: false, schema: {type: array, items: {type: string}}}
            """);

        Assert.Equal(new[] { ParameterStyle.SpaceDelimited, ParameterStyle.PipeDelimited, ParameterStyle.Form }, operation.Parameters.Select(p => p.Style));
        Assert.Equal(new[] { ' ', '|', ',' }, operation.Parameters.Select(p => p.Separator));
    }

    [Theory]
    [InlineData("{type: integer}", "form", nameof(ParameterShape.Scalar))]
    [InlineData("{type: string, enum: [a, b]}", "form", nameof(ParameterShape.Scalar))]
    [InlineData("{type: array, items: {type: string}}", "form", nameof(ParameterShape.List))]
    [InlineData("{type: array, items: {type: string, nullable: true}}", "form", nameof(ParameterShape.Json))]
    [InlineData("{type: array, items: {type: object, properties: {a: {type: string}}}}", "form", nameof(ParameterShape.Json))]
    [InlineData("{type: object, additionalProperties: {type: string}}", "form", nameof(ParameterShape.Map))]
    [InlineData("{type: object, additionalProperties: {type: string}}", "deepObject", nameof(ParameterShape.Map))]
    [InlineData("{type: object, properties: {a: {type: string}}}", "form", nameof(ParameterShape.Object))]
    [InlineData("{type: object, properties: {a: {type: string}}}", "deepObject", nameof(ParameterShape.Deep))]
    [InlineData("{type: array, items: {type: string}}", "deepObject", nameof(ParameterShape.Deep))]
    [InlineData("{type: object, additionalProperties: {type: array, items: {type: string}}}", "form", nameof(ParameterShape.Json))]
    public void The_shape_of_a_query_parameter_follows_its_type_and_style(string schema, string style, string shape)
    {
        var operation = Operation($"- {{name: filter, in: query, style: {style}, schema: {schema}}}");

        Assert.Equal(System.Enum.Parse<ParameterShape>(shape), Assert.Single(operation.Parameters).Shape);
    }

    [Fact]
    public void A_parameter_given_by_content_takes_the_schema_of_its_first_media_type()
    {
        var operation = Operation("""
            - name: filter
              in: query
              content:
                application/json:
                  schema: {type: object, properties: {name: {type: string}}}
            """);

        var parameter = Assert.Single(operation.Parameters);
        Assert.Equal(TypeRef.Named(TypeKind.Object, "ListCallsFilter"), parameter.Type);
        Assert.Equal(ParameterShape.Object, parameter.Shape);
    }

    [Fact]
    public void An_inline_enum_parameter_is_a_type_named_after_the_operation_and_the_parameter()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /calls:
                get:
                  operationId: listCalls
                  parameters:
                    - {name: status, in: query, schema: {type: string, enum: [queued, in-progress]}}
                  responses: {'204': {description: none}}
            """);

        Assert.Equal(TypeRef.Named(TypeKind.Enum, "ListCallsStatus"), Assert.Single(spec.Operation().Parameters).Type);
        Assert.Equal(new[] { "queued", "in-progress" }, spec.Enum("ListCallsStatus").Members.Select(m => m.WireValue));
    }

    [Fact]
    public void A_required_parameter_of_one_allowed_value_is_fixed_to_it_and_an_optional_one_is_the_caller_s()
    {
        var operation = Operation("""
            - {name: mode, in: query, required: true, schema: {type: string, enum: [hangup]}}
            - {name: beta, in: header, required: true, schema: {type: boolean, enum: [true]}}
            - {name: expand, in: query, schema: {type: string, enum: [participants]}}
            """);

        Assert.Equal(
            new[] { ("mode", TypeRef.String, "hangup"), ("beta", new TypeRef(TypeKind.Boolean), "true"), ("expand", TypeRef.String, (string?)null) },
            operation.Parameters.Select(p => (p.WireName, p.Type, p.Fixed?.WireValue)));
    }
}
