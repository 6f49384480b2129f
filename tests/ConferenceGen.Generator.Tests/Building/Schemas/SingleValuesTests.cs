using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Schemas;

/// <summary>
/// Schemas that allow one value are literals, not choices: their type is the scalar the value is, no enum type is
/// declared, and the value is model data — fixed on a required property, documentation on an optional one.
/// </summary>
public sealed class SingleValuesTests
{
    private static BuiltSpec Holder(string properties, string required = "[]", string others = "") =>
        SchemaCatalogueTests.Components($"Holder: {{type: object, required: {required}, properties: {{{properties}}}}}\n" + others);

    [Theory]
    [InlineData("{type: string, enum: [list]}", nameof(TypeKind.String), "list")]
    [InlineData("{type: string, enum: ['']}", nameof(TypeKind.String), "")]
    [InlineData("{type: boolean, enum: [true]}", nameof(TypeKind.Boolean), "true")]
    [InlineData("{type: boolean, enum: [false]}", nameof(TypeKind.Boolean), "false")]
    [InlineData("{type: integer, enum: [2]}", nameof(TypeKind.Int64), "2")]
    [InlineData("{type: integer, format: int32, enum: [2]}", nameof(TypeKind.Int32), "2")]
    [InlineData("{type: number, enum: [1.5]}", nameof(TypeKind.Double), "1.5")]
    [InlineData("{enum: [card]}", nameof(TypeKind.String), "card")]
    [InlineData("{enum: [true]}", nameof(TypeKind.Boolean), "true")]
    [InlineData("{enum: [7]}", nameof(TypeKind.Int64), "7")]
    [InlineData("{type: string, enum: [list, list]}", nameof(TypeKind.String), "list")]
    public void A_required_property_of_one_allowed_value_is_its_scalar_fixed_to_that_value(string schema, string kind, string value)
    {
        var spec = Holder("value: " + schema, required: "[value]");

        var property = Assert.Single(spec.Object("Holder").Properties);
        Assert.Equal(new TypeRef(System.Enum.Parse<TypeKind>(kind)), property.Type);
        Assert.Equal(new FixedValueModel(value, null), property.Fixed);
        Assert.False(property.IsRequiredMember);
        Assert.Empty(spec.Enums);
    }

    [Fact]
    public void An_optional_property_of_one_allowed_value_is_its_scalar_for_the_caller_to_set_and_says_its_value()
    {
        var property = Assert.Single(Holder("object: {type: string, enum: [list]}").Object("Holder").Properties);

        Assert.Equal((TypeRef.String, null, new FixedValueModel("list", null)), (property.Type, property.Fixed, property.SingleValue));
    }

    [Fact]
    public void A_const_and_a_oneOf_of_one_titled_const_are_one_allowed_value_too()
    {
        var spec = SchemaCatalogueTests.Components(
            "Holder: {type: object, required: [kind, order], properties: {kind: {type: string, const: card}, order: {oneOf: [{title: ASC, const: asc}]}}}",
            BuiltSpec.Header31);

        Assert.Equal(new[] { "card", "asc" }, spec.Object("Holder").Properties.Select(p => p.Fixed!.WireValue));
        Assert.Equal(new[] { TypeRef.String, TypeRef.String }, spec.Object("Holder").Properties.Select(p => p.Type));
        Assert.Empty(spec.Enums);
    }

    [Fact]
    public void A_component_of_one_allowed_value_declares_no_type_and_fixes_the_properties_that_refer_to_it()
    {
        var spec = Holder(
            "direct: {$ref: '#/components/schemas/ListObject'}, wrapped: {allOf: [{$ref: '#/components/schemas/ListObject'}], description: Always list.}",
            required: "[direct, wrapped]",
            others: "ListObject: {type: string, enum: [list]}");

        Assert.All(spec.Object("Holder").Properties, p => Assert.Equal((TypeRef.String, "list"), (p.Type, p.Fixed!.WireValue)));
        Assert.DoesNotContain("ListObject", spec.TypeNames);
    }

    [Fact]
    public void A_value_that_may_also_be_null_is_a_nullable_scalar_that_nothing_fixes()
    {
        var property = Assert.Single(Holder("value: {type: string, nullable: true, enum: [list]}", required: "[value]").Object("Holder").Properties);

        Assert.Equal((TypeRef.String.WithNullable(true), null), (property.Type, property.Fixed));
        Assert.True(property.IsRequiredMember);
    }

    [Fact]
    public void Two_inline_objects_that_differ_only_in_their_one_allowed_value_stay_two_types()
    {
        static string Reply(string path, string value) => $$"""
              {{path}}:
                get:
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [object]
                            properties:
                              object: {type: string, enum: [{{value}}]}
            """;
        var spec = BuiltSpec.From(BuiltSpec.Header + "paths:\n" + Reply("/cards", "card") + "\n" + Reply("/banks", "bank") + "\n");

        Assert.Equal(new[] { "card", "bank" }, spec.Objects.Select(o => Assert.Single(o.Properties).Fixed!.WireValue));
    }

    [Fact]
    public void Enums_of_two_or_more_values_stay_enum_types()
    {
        var property = Assert.Single(Holder("value: {type: string, enum: [list, search]}", required: "[value]").Object("Holder").Properties);

        Assert.Equal((TypeRef.Named(TypeKind.Enum, "HolderValue"), null), (property.Type, property.Fixed));
    }
}
