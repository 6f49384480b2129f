using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Schemas;

/// <summary>
/// "This value, or the empty string to clear it" (<c>anyOf: [X, {enum: [""]}]</c>, Stripe's idiom) is the value's own
/// type when the value is text, an object, a list or a map: no union is declared, and the type says that an empty
/// value stands for <c>""</c>. Other values keep the union.
/// </summary>
public sealed class OrEmptyTests
{
    private static BuiltSpec Holder(string property) =>
        SchemaCatalogueTests.Components("Holder: {type: object, properties: {value: " + property + "}}", BuiltSpec.Header31);

    [Theory]
    [InlineData("{anyOf: [{type: array, items: {type: string}}, {type: string, enum: ['']}]}")]
    [InlineData("{oneOf: [{type: array, items: {type: string}}, {enum: ['']}]}")]
    [InlineData("{anyOf: [{type: string, enum: ['']}, {type: array, items: {type: string}}]}")]
    public void A_list_or_empty_is_the_list_marked_or_empty(string schema)
    {
        var spec = Holder(schema);

        Assert.Equal(TypeRef.ListOf(TypeRef.String) with { OrEmpty = true }, Assert.Single(spec.Object("Holder").Properties).Type);
        Assert.Empty(spec.Unions);
    }

    [Fact]
    public void A_map_or_empty_is_the_map_marked_or_empty()
    {
        var spec = Holder("{anyOf: [{type: object, additionalProperties: {type: string}}, {type: string, enum: ['']}]}");

        Assert.Equal(TypeRef.MapOf(TypeRef.String) with { OrEmpty = true }, Assert.Single(spec.Object("Holder").Properties).Type);
        Assert.Empty(spec.Unions);
    }

    [Fact]
    public void A_referenced_object_or_empty_is_that_object_marked_or_empty_and_an_inline_one_is_named_after_the_property()
    {
        var spec = SchemaCatalogueTests.Components("""
            Holder:
              type: object
              properties:
                shipping: {anyOf: [{$ref: '#/components/schemas/Shipping'}, {type: string, enum: ['']}]}
                invoice: {anyOf: [{type: object, properties: {footer: {type: string}}}, {type: string, enum: ['']}], nullable: true}
            Shipping: {type: object, properties: {name: {type: string}}}
            """);

        var types = spec.Object("Holder").Properties.Select(p => p.Type).ToList();
        Assert.Equal(TypeRef.Named(TypeKind.Object, "Shipping") with { OrEmpty = true }, types[0]);
        Assert.Equal(TypeRef.Named(TypeKind.Object, "HolderInvoice") with { OrEmpty = true, Nullable = true }, types[1]);
        Assert.Empty(spec.Unions);
    }

    [Theory]
    [InlineData("{anyOf: [{type: string, maxLength: 5000}, {type: string, enum: ['']}]}")]
    [InlineData("{anyOf: [{type: string}, {const: ''}]}")]
    public void Text_or_empty_is_text(string schema)
    {
        var spec = Holder(schema);

        Assert.Equal(TypeRef.String, Assert.Single(spec.Object("Holder").Properties).Type);
        Assert.Empty(spec.Unions);
    }

    [Theory]
    [InlineData("{anyOf: [{type: integer}, {type: string, enum: ['']}]}")]
    [InlineData("{anyOf: [{type: string, enum: [a, b]}, {type: string, enum: ['']}]}")]
    [InlineData("{anyOf: [{type: string, format: date-time}, {type: string, enum: ['']}]}")]
    [InlineData("{anyOf: [{type: array, items: {type: string}}, {type: string, enum: ['']}, {type: integer}]}")]
    [InlineData("{anyOf: [{type: array, items: {type: string}}, {type: string, enum: ['', none]}]}")]
    public void Numbers_enums_other_scalars_and_more_alternatives_keep_the_union(string schema)
    {
        var spec = Holder(schema);

        Assert.Equal(TypeKind.Union, Assert.Single(spec.Object("Holder").Properties).Type.Kind);
    }
}
