using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Schemas;

/// <summary>Object schemas as model classes: their properties, names and documentation, and inline objects shared when alike.</summary>
public sealed class SchemaCatalogueObjectsTests
{
    private static BuiltSpec Components(string schemas) => SchemaCatalogueTests.Components(schemas);

    /// <summary>Two operations whose replies are the given inline schemas.</summary>
    private static BuiltSpec TwoReplies(string first, string second) => BuiltSpec.From(BuiltSpec.Header + $$$"""
        paths:
          /a:
            get:
              operationId: getA
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {{{first}}}
          /b:
            get:
              operationId: getB
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {{{second}}}
        """);

    [Fact]
    public void Properties_keep_the_spec_order_their_wire_names_and_whether_they_are_required()
    {
        var settings = Components("""
            Settings:
              type: object
              required: [name, limit]
              properties:
                name: {type: string}
                time_out: {type: integer, format: int32}
                limit: {type: integer, format: int32}
            """).Object("Settings");

        Assert.Equal(
            new[] { ("Name", "name", true), ("TimeOut", "time_out", false), ("Limit", "limit", true) },
            settings.Properties.Select(p => (p.Name, p.WireName, p.Required)));
        Assert.True(settings.HasRequired);
    }

    [Fact]
    public void A_required_property_that_allows_null_is_required_and_nullable()
    {
        var property = Assert.Single(Components("""
            Settings:
              type: object
              required: [nickname]
              properties:
                nickname: {type: string, nullable: true}
            """).Object("Settings").Properties);

        Assert.True(property.Required);
        Assert.True(property.Type.Nullable);
        Assert.False(property.IsNonNullable);
    }

    [Fact]
    public void A_property_default_is_kept_as_text_with_its_description_and_deprecation()
    {
        var properties = Components("""
            Settings:
              type: object
              properties:
                timeout: {type: integer, default: 30, description: Seconds to wait., deprecated: true}
                method: {type: string, default: POST}
            """).Object("Settings").Properties;

        Assert.Equal(new (string?, string?, bool)[] { ("30", "Seconds to wait.", true), ("POST", null, false) }, properties.Select(p => (p.DefaultText, p.Description, p.Deprecated)));
    }

    [Fact]
    public void A_property_named_like_its_class_takes_Value_after_its_name()
    {
        var properties = Components("""
            Item:
              type: object
              properties:
                item: {type: string}
            """).Object("Item").Properties;

        Assert.Equal("ItemValue", Assert.Single(properties).Name);
    }

    [Fact]
    public void A_property_named_like_a_member_every_model_has_takes_a_number()
    {
        var properties = Components("""
            Item:
              type: object
              properties:
                codec: {type: string}
                to_string: {type: string}
            """).Object("Item").Properties;

        Assert.Equal(new[] { "Codec2", "ToString2" }, properties.Select(p => p.Name));
    }

    [Fact]
    public void Properties_whose_names_meet_in_CSharp_take_numbers_in_the_spec_order()
    {
        var properties = Components("""
            Person:
              type: object
              properties:
                first-name: {type: string}
                first_name: {type: string}
                FirstName: {type: string}
            """).Object("Person").Properties;

        Assert.Equal(new[] { ("FirstName", "first-name"), ("FirstName2", "first_name"), ("FirstName3", "FirstName") }, properties.Select(p => (p.Name, p.WireName)));
    }

    [Fact]
    public void An_inline_object_property_is_a_type_named_after_its_class_and_its_property()
    {
        var spec = Components("""
            Call:
              type: object
              properties:
                price_info: {type: object, properties: {amount: {type: number}}}
            """);

        Assert.Equal(TypeRef.Named(TypeKind.Object, "CallPriceInfo"), Assert.Single(spec.Object("Call").Properties).Type);
        Assert.Equal("amount", Assert.Single(spec.Object("CallPriceInfo").Properties).WireName);
    }

    [Fact]
    public void Additional_properties_beside_declared_ones_are_kept_in_a_dictionary_property()
    {
        var call = Components("""
            Call:
              type: object
              properties:
                sid: {type: string}
              additionalProperties: {type: integer, format: int32}
            """).Object("Call");

        Assert.Equal(new AdditionalPropertiesModel("AdditionalProperties", new TypeRef(TypeKind.Int32)), call.AdditionalProperties);
    }

    [Fact]
    public void The_title_is_kept_only_when_it_says_more_than_the_name()
    {
        var spec = Components("""
            Call: {title: Call, type: object, properties: {sid: {type: string}}}
            Room: {title: A video room, description: Where participants meet., type: object, properties: {sid: {type: string}}}
            """);

        Assert.Null(spec.Object("Call").Title);
        Assert.Equal(("A video room", "Where participants meet."), (spec.Object("Room").Title, spec.Object("Room").Description));
    }

    [Fact]
    public void Identical_inline_objects_share_the_type_of_the_first()
    {
        var spec = TwoReplies(
            "{type: object, properties: {sid: {type: string}}}",
            "{type: object, properties: {sid: {type: string}}}");

        Assert.Equal(new[] { "GetAResponse", "GetAResponse" }, spec.Operations.Select(o => o.ReturnType!.Name));
        Assert.Equal(new[] { "GetAResponse" }, spec.TypeNames);
    }

    [Fact]
    public void Inline_objects_whose_descriptions_differ_only_in_line_breaks_share_one_type()
    {
        var spec = TwoReplies(
            "{type: object, description: \"A call\\nto a number.\", properties: {sid: {type: string}}}",
            "{type: object, description: \"A call to\\n  a number.\", properties: {sid: {type: string}}}");

        Assert.Equal(new[] { "GetAResponse" }, spec.TypeNames);
    }

    [Fact]
    public void Inline_objects_that_differ_in_a_property_are_two_types()
    {
        var spec = TwoReplies(
            "{type: object, properties: {sid: {type: string}}}",
            "{type: object, required: [sid], properties: {sid: {type: string}}}");

        Assert.Equal(new[] { "GetAResponse", "GetBResponse" }, spec.TypeNames);
    }

    [Fact]
    public void Component_objects_of_the_same_content_stay_two_types()
    {
        var spec = Components("""
            Call: {type: object, properties: {sid: {type: string}}}
            Room: {type: object, properties: {sid: {type: string}}}
            """);

        Assert.Equal(new[] { "Call", "Room" }, spec.TypeNames);
    }
}
