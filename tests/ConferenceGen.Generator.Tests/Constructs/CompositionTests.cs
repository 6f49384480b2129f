using System;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>allOf merges, oneOf/anyOf become unions that read an alternative on demand (composition.yaml).</summary>
public sealed class CompositionTests
{
    [Fact]
    public void AllOf_merges_the_parts_into_one_model()
    {
        using var generated = Generated.Compile("composition.yaml", "Tests.Composition");

        generated.AssertRoundTrip("Dog", """{"kind":"dog","name":"Rex","goodBoy":true,"owner":{"name":"Ada"}}""");
        generated.AssertRoundTrip("Dog", """{"kind":"dog","goodBoy":false,"owner":null}""");
    }

    [Fact]
    public void An_allOf_part_that_is_a_choice_merges_the_fields_of_every_alternative_as_optional()
    {
        using var generated = Generated.Compile("composition.yaml", "Tests.Composition");
        dynamic visit = generated.New("Visit");
        visit.Room = 12;
        visit.Note = "bring the chart";

        Assert.Equal("""{"room":12,"note":"bring the chart"}""", generated.Serialize(visit));
        generated.AssertRoundTrip("Visit", """{"address":"1 High St","note":"ring twice"}""");
        generated.AssertRoundTrip("Visit", """{"note":"no address, which only one alternative requires"}""");
    }

    [Fact]
    public void A_choice_beside_properties_of_the_schemas_own_merges_the_same_way()
    {
        using var generated = Generated.Compile("composition.yaml", "Tests.Composition");

        generated.AssertRoundTrip("Appointment", """{"when":"tomorrow","room":3}""");
        generated.AssertRoundTrip("Appointment", """{"address":"1 High St"}""");
        Assert.NotNull(generated.Type("Appointment").GetProperty("Room"));
    }

    [Fact]
    public void A_discriminated_union_reads_the_alternative_its_discriminator_names()
    {
        using var generated = Generated.Compile("composition.yaml", "Tests.Composition");

        dynamic pet = generated.Parse("Pet", """{"kind":"dog","name":"Rex","goodBoy":true}""");

        Assert.Equal("dog", (string)pet.Discriminator);
        Assert.Null(pet.AsCat());
        Assert.True((bool)pet.AsDog().GoodBoy);
        Assert.Equal("""{"kind":"dog","name":"Rex","goodBoy":true}""", generated.Serialize(pet));
    }

    [Fact]
    public void A_discriminator_the_members_do_not_declare_still_chooses_and_a_value_without_it_is_no_named_alternative()
    {
        // discriminators.yaml: CG0008 says so where the spec does not require the property.
        using var generated = Generated.Compile("discriminators.yaml", "Tests.Discriminators");

        dynamic circle = generated.Parse("ListShapesResponseItem", """{"shapeType":"Circle","radius":2}""");
        dynamic unnamed = generated.Parse("ListShapesResponseItem", """{"radius":2}""");

        Assert.Equal("{\"radius\":2}", generated.Serialize(circle.AsCircle()));
        Assert.Null(circle.AsSquare());
        Assert.Null(unnamed.AsCircle());
        Assert.Null(unnamed.AsSquare());
    }

    [Fact]
    public void A_union_made_from_an_alternative_writes_that_alternative()
    {
        using var generated = Generated.Compile("composition.yaml", "Tests.Composition");
        dynamic cat = generated.New("Cat");
        cat.Kind = "cat";
        cat.Indoor = true;

        var pet = Activator.CreateInstance(generated.Type("Pet"), (object)cat)!;

        Assert.Equal("""{"kind":"cat","indoor":true}""", generated.Serialize(pet));
        Assert.Same(cat, ((dynamic)pet).AsCat());
        Assert.Null(((dynamic)pet).AsDog());
    }

    [Fact]
    public void A_union_without_a_discriminator_tries_each_alternative()
    {
        using var generated = Generated.Compile("composition.yaml", "Tests.Composition");

        dynamic text = generated.Parse("SearchResponse", "\"free text\"");
        Assert.Equal("free text", (string)text.AsString());
        Assert.Null((long?)text.AsInt64());

        dynamic number = generated.Parse("SearchResponse", "42");
        Assert.Equal(42L, (long?)number.AsInt64());
        Assert.Null(number.AsCat());

        dynamic cat = generated.Parse("SearchResponse", """{"kind":"cat","indoor":false}""");
        Assert.False((bool)cat.AsCat().Indoor);
        Assert.Equal("""{"kind":"cat","indoor":false}""", generated.Serialize(cat));
    }
}
