using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Schemas;

/// <summary>What type a schema is: scalars by format, lists, maps, references, cycles and compositions.</summary>
public sealed class SchemaCatalogueTests
{
    /// <summary>A spec whose components are the given YAML (indented as under <c>schemas:</c>).</summary>
    internal static BuiltSpec Components(string schemas, string header = BuiltSpec.Header) => BuiltSpec.From(header + $$"""
        paths: {}
        components:
          schemas:
        {{BuiltSpec.Indent(schemas, 4)}}
        """);

    /// <summary>The type of the property <c>value</c> of the component <c>Holder</c> whose schema is given.</summary>
    private static TypeRef TypeOf(string schema, string header = BuiltSpec.Header) =>
        Assert.Single(Components($"Holder: {{type: object, properties: {{value: {schema}}}}}", header).Object("Holder").Properties).Type;

    [Theory]
    [InlineData("{type: string}", nameof(TypeKind.String))]
    [InlineData("{type: string, format: date-time}", nameof(TypeKind.DateTime))]
    [InlineData("{type: string, format: date-time-rfc-2822}", nameof(TypeKind.Rfc2822DateTime))]
    [InlineData("{type: string, format: rfc2822}", nameof(TypeKind.Rfc2822DateTime))]
    [InlineData("{type: string, format: date}", nameof(TypeKind.Date))]
    [InlineData("{type: string, format: uuid}", nameof(TypeKind.Guid))]
    [InlineData("{type: string, format: uri}", nameof(TypeKind.Uri))]
    [InlineData("{type: string, format: byte}", nameof(TypeKind.Bytes))]
    [InlineData("{type: string, format: binary}", nameof(TypeKind.File))]
    [InlineData("{type: string, format: phone-number}", nameof(TypeKind.String))]
    [InlineData("{type: integer}", nameof(TypeKind.Int64))]
    [InlineData("{type: integer, format: int32}", nameof(TypeKind.Int32))]
    [InlineData("{type: integer, format: int64, minimum: 0, maximum: 10}", nameof(TypeKind.Int64))]
    [InlineData("{type: integer, minimum: 0, maximum: 2147483647}", nameof(TypeKind.Int32))]
    [InlineData("{type: integer, minimum: 0, maximum: 2147483648}", nameof(TypeKind.Int64))]
    [InlineData("{type: integer, minimum: 0}", nameof(TypeKind.Int64))]
    [InlineData("{type: number}", nameof(TypeKind.Double))]
    [InlineData("{type: number, format: float}", nameof(TypeKind.Single))]
    [InlineData("{type: number, format: decimal}", nameof(TypeKind.Decimal))]
    [InlineData("{type: boolean}", nameof(TypeKind.Boolean))]
    [InlineData("{}", nameof(TypeKind.Json))]
    public void A_scalar_is_typed_by_its_type_and_format(string schema, string kind) =>
        Assert.Equal(new TypeRef(System.Enum.Parse<TypeKind>(kind)), TypeOf(schema));

    [Fact]
    public void In_OpenAPI_3_1_contentEncoding_binary_is_a_file_like_format_binary() =>
        Assert.Equal(new TypeRef(TypeKind.File), TypeOf("{type: string, contentEncoding: binary}", BuiltSpec.Header31));

    [Fact]
    public void A_value_of_several_types_is_any_JSON() =>
        Assert.Equal(TypeRef.Any, TypeOf("{type: [string, integer]}", BuiltSpec.Header31));

    [Fact]
    public void An_array_is_a_list_of_its_items() =>
        Assert.Equal(TypeRef.ListOf(new TypeRef(TypeKind.Int32)), TypeOf("{type: array, items: {type: integer, format: int32}}"));

    [Fact]
    public void An_object_without_properties_is_a_map_of_its_additionalProperties_or_of_any_JSON()
    {
        Assert.Equal(TypeRef.MapOf(TypeRef.String), TypeOf("{type: object, additionalProperties: {type: string}}"));
        Assert.Equal(TypeRef.MapOf(TypeRef.Any), TypeOf("{type: object}"));
    }

    [Fact]
    public void Nullable_in_3_0_and_a_null_type_in_3_1_make_the_type_nullable()
    {
        Assert.Equal(TypeRef.String with { Nullable = true }, TypeOf("{type: string, nullable: true}"));
        Assert.Equal(TypeRef.String with { Nullable = true }, TypeOf("{type: [string, 'null']}", BuiltSpec.Header31));
    }

    [Fact]
    public void A_component_is_one_named_type_however_often_it_is_used()
    {
        var spec = Components("""
            Call:
              type: object
              properties:
                parent: {$ref: '#/components/schemas/Participant'}
                children: {type: array, items: {$ref: '#/components/schemas/Participant'}}
            Participant: {type: object, properties: {sid: {type: string}}}
            """);

        var participant = TypeRef.Named(TypeKind.Object, "Participant");
        Assert.Equal(new[] { participant, TypeRef.ListOf(participant) }, spec.Object("Call").Properties.Select(p => p.Type));
        Assert.Equal(new[] { "Call", "Participant" }, spec.TypeNames);
    }

    [Fact]
    public void An_object_that_refers_to_itself_is_one_type_that_names_itself()
    {
        var spec = Components("""
            Node:
              type: object
              properties:
                children: {type: array, items: {$ref: '#/components/schemas/Node'}}
            """);

        Assert.Equal(TypeRef.ListOf(TypeRef.Named(TypeKind.Object, "Node")), Assert.Single(spec.Object("Node").Properties).Type);
        Assert.Empty(spec.Diagnostics);
    }

    [Fact]
    public void A_reference_that_cannot_be_resolved_is_any_JSON_with_a_CG0004()
    {
        var spec = Components("""
            Call:
              type: object
              properties:
                owner: {$ref: '#/components/schemas/Missing'}
            """);

        Assert.Equal(TypeRef.Any, Assert.Single(spec.Object("Call").Properties).Type);
        Assert.Contains("#/components/schemas/Missing", spec.Message("CG0004"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_that_only_names_another_is_that_type_and_no_type_of_its_own()
    {
        var spec = Components("""
            Call:
              type: object
              properties:
                owner: {$ref: '#/components/schemas/Owner'}
            Owner: {$ref: '#/components/schemas/Account'}
            Account: {type: object, properties: {sid: {type: string}}}
            """);

        Assert.Equal(TypeRef.Named(TypeKind.Object, "Account"), Assert.Single(spec.Object("Call").Properties).Type);
        Assert.Equal(new[] { "Call", "Account" }, spec.TypeNames);
    }

    [Fact]
    public void Components_that_refer_to_each_other_without_an_object_in_between_are_any_JSON_with_a_CG0005()
    {
        var spec = Components("""
            Call:
              type: object
              properties:
                loop: {$ref: '#/components/schemas/A'}
            A: {type: array, items: {$ref: '#/components/schemas/B'}}
            B: {type: array, items: {$ref: '#/components/schemas/A'}}
            """);

        Assert.Equal(TypeRef.ListOf(TypeRef.ListOf(TypeRef.Any)), Assert.Single(spec.Object("Call").Properties).Type);
        Assert.NotEmpty(spec.Diagnosed("CG0005"));
    }

    [Fact]
    public void A_pointer_into_a_component_s_property_is_that_property_s_type_named_where_it_is_declared()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths:
              /calls:
                get:
                  operationId: listCalls
                  parameters:
                    - {name: status, in: query, schema: {$ref: '#/components/schemas/Call/properties/status'}}
                  responses: {'204': {description: none}}
            components:
              schemas:
                Call:
                  type: object
                  properties:
                    status: {type: string, enum: [queued, ringing]}
            """);

        var status = TypeRef.Named(TypeKind.Enum, "CallStatus");
        Assert.Equal(status, Assert.Single(spec.Operation().Parameters).Type);
        Assert.Equal(status, Assert.Single(spec.Object("Call").Properties).Type);
        Assert.Single(spec.Enums);
    }

    [Fact]
    public void A_single_allOf_reference_stands_for_the_referenced_type_and_nullable_beside_it_makes_it_nullable()
    {
        var spec = Components("""
            Call:
              type: object
              properties:
                owner: {allOf: [{$ref: '#/components/schemas/Account'}], description: The owner.}
                parent: {allOf: [{$ref: '#/components/schemas/Account'}], nullable: true}
            Account: {type: object, properties: {sid: {type: string}}}
            """);

        var account = TypeRef.Named(TypeKind.Object, "Account");
        Assert.Equal(new[] { account, account with { Nullable = true } }, spec.Object("Call").Properties.Select(p => p.Type));
        Assert.Equal(new[] { "Call", "Account" }, spec.TypeNames);
    }

    [Fact]
    public void A_oneOf_of_one_type_and_null_is_that_type_nullable()
    {
        var type = TypeOf("{oneOf: [{type: string, format: uuid}, {type: 'null'}]}", BuiltSpec.Header31);

        Assert.Equal(new TypeRef(TypeKind.Guid, Nullable: true), type);
    }

    [Fact]
    public void Several_allOf_parts_merge_into_one_object_whose_first_definition_of_a_property_wins()
    {
        var spec = Components("""
            Call:
              allOf:
                - $ref: '#/components/schemas/Resource'
                - type: object
                  required: [to]
                  properties:
                    sid: {type: integer}
                    to: {type: string}
            Resource:
              type: object
              required: [sid]
              properties:
                sid: {type: string}
            """);

        var call = spec.Object("Call");
        Assert.Equal(new[] { ("sid", TypeKind.String, true), ("to", TypeKind.String, true) }, call.Properties.Select(p => (p.WireName, p.Type.Kind, p.Required)));
    }

    [Fact]
    public void A_oneOf_beside_properties_of_its_own_merges_the_alternatives_properties_as_optional()
    {
        var spec = Components("""
            Invite:
              type: object
              required: [code]
              properties:
                code: {type: string}
              oneOf:
                - {type: object, required: [guild_id], properties: {guild_id: {type: string}}}
                - {type: object, required: [channel_id], properties: {channel_id: {type: string}}}
            """);

        Assert.Equal(
            new[] { ("code", true), ("guild_id", false), ("channel_id", false) },
            spec.Object("Invite").Properties.Select(p => (p.WireName, p.Required)));
        Assert.Empty(spec.Unions);
    }

    [Fact]
    public void A_schema_nested_deeper_than_48_levels_is_any_JSON_below_them_with_a_CG0005()
    {
        var nested = string.Concat(Enumerable.Repeat("{type: array, items: ", 52)) + "{type: string}" + new string('}', 52);
        var spec = Components($"Holder: {{type: object, properties: {{value: {nested}}}}}");

        var expected = TypeRef.Any;
        for (var level = 0; level < 48; level++)
        {
            expected = TypeRef.ListOf(expected);
        }

        Assert.Equal(expected, Assert.Single(spec.Object("Holder").Properties).Type);
        Assert.Contains("more than 48 levels deep", spec.Message("CG0005"), System.StringComparison.Ordinal);
    }
}
