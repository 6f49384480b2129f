using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Schemas;

/// <summary>oneOf and anyOf schemas as unions: one variant per distinct type, named for its accessor, chosen by a discriminator.</summary>
public sealed class SchemaCatalogueUnionsTests
{
    private const string Pets = """
        Cat: {type: object, properties: {kind: {type: string}, meows: {type: boolean}}}
        Dog: {type: object, properties: {kind: {type: string}, barks: {type: boolean}}}
        """;

    private static BuiltSpec Components(string schemas, string header = BuiltSpec.Header) => SchemaCatalogueTests.Components(schemas + "\n" + Pets, header);

    private static UnionVariantModel Variant(string name, TypeRef type, params string[] values) => new(name, type, values.ToEquatableArray());

    [Fact]
    public void A_oneOf_of_references_is_a_union_with_a_variant_per_member_named_by_its_type()
    {
        var spec = Components("""
            Pet:
              description: A cat or a dog.
              oneOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
            """);

        var pet = spec.Union("Pet");
        Assert.Equal(
            new[] { Variant("Cat", TypeRef.Named(TypeKind.Object, "Cat")), Variant("Dog", TypeRef.Named(TypeKind.Object, "Dog")) },
            pet.Variants);
        Assert.Equal(("A cat or a dog.", (string?)null), (pet.Description, pet.DiscriminatorProperty));
    }

    [Fact]
    public void An_anyOf_is_a_union_as_well()
    {
        var spec = Components("""
            Pet:
              anyOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
            """);

        Assert.Equal(new[] { "Cat", "Dog" }, spec.Union("Pet").Variants.Select(v => v.Name));
    }

    [Fact]
    public void Scalar_and_collection_variants_are_named_by_their_NET_type()
    {
        var spec = Components("""
            Value:
              oneOf:
                - {type: string}
                - {type: integer}
                - {type: string, format: date-time}
                - {type: array, items: {type: string}}
                - {type: object, additionalProperties: {type: string}}
            """);

        Assert.Equal(new[] { "String", "Int64", "DateTimeOffset", "List", "Map" }, spec.Union("Value").Variants.Select(v => v.Name));
        Assert.Equal(new[] { true, true, true, false, false }, spec.Union("Value").Variants.Select(v => v.Convertible));
    }

    [Fact]
    public void An_inline_object_alternative_is_a_type_named_after_the_union_and_its_position()
    {
        var spec = Components("""
            Target:
              oneOf:
                - {type: string}
                - {type: object, properties: {number: {type: string}}}
            """);

        Assert.Equal(Variant("TargetOption2", TypeRef.Named(TypeKind.Object, "TargetOption2")), spec.Union("Target").Variants[1]);
    }

    [Fact]
    public void Members_of_one_type_are_one_variant_and_a_member_of_any_JSON_is_none()
    {
        var spec = Components("""
            Value:
              oneOf:
                - {type: string}
                - {type: string, maxLength: 10}
                - {}
                - {type: boolean}
            """);

        Assert.Equal(new[] { "String", "Boolean" }, spec.Union("Value").Variants.Select(v => v.Name));
    }

    [Fact]
    public void A_null_member_makes_the_union_nullable_and_is_no_variant()
    {
        var spec = Components("""
            Owner:
              type: object
              properties:
                pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                    - {type: 'null'}
            """, BuiltSpec.Header31);

        Assert.Equal(new TypeRef(TypeKind.Union, "OwnerPet", Nullable: true), Assert.Single(spec.Object("Owner").Properties).Type);
        Assert.Equal(new[] { "Cat", "Dog" }, spec.Union("OwnerPet").Variants.Select(v => v.Name));
    }

    [Fact]
    public void A_discriminator_chooses_variants_by_their_mapping_keys_or_else_their_component_name()
    {
        var spec = Components("""
            Pet:
              oneOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
              discriminator:
                propertyName: kind
                mapping:
                  cat: '#/components/schemas/Cat'
                  kitten: '#/components/schemas/Cat'
            """);

        var pet = spec.Union("Pet");
        Assert.Equal("kind", pet.DiscriminatorProperty);
        Assert.Equal(
            new[] { Variant("Cat", TypeRef.Named(TypeKind.Object, "Cat"), "cat", "kitten"), Variant("Dog", TypeRef.Named(TypeKind.Object, "Dog"), "Dog") },
            pet.Variants);
    }
}
