using System;
using System.Text.Json;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>
/// Unions users can match on (unions.yaml): <c>Value</c> holds the alternative, chosen by the discriminator, by one
/// the alternatives imply, or by shape; <c>TryGetX</c> and <c>AsX()</c> ask for one; a discriminator that allows one
/// value is fixed by the type. The rule itself is tested on the runtime (UnionRuleTests); here, what the generated
/// types make of it.
/// </summary>
public sealed class UnionTests
{
    private const string Namespace = "Tests.Unions";

    [Fact]
    public void Value_is_the_alternative_the_discriminator_names()
    {
        using var generated = Generated.Compile("unions.yaml", Namespace);

        dynamic shape = generated.Parse("Shape", """{"shapeType":"square","side":2}""");

        Assert.Equal(generated.Type("Square"), ((object)shape.Value).GetType());
        Assert.Equal(2.0, (double)shape.Value.Side);
        Assert.True(TryGet((object)shape, "Square", out object? square));
        Assert.Same(shape.Value, square);
        Assert.False(TryGet((object)shape, "Circle", out object? _));
        Assert.Null(shape.AsCircle());
        Assert.Same(shape.Value, shape.AsSquare());
    }

    [Fact]
    public void A_discriminator_value_the_spec_does_not_list_is_the_json_read_and_is_sent_back_unchanged()
    {
        using var generated = Generated.Compile("unions.yaml", Namespace);
        const string hexagon = """{"shapeType":"hexagon","sides":6}""";

        dynamic shape = generated.Parse("Shape", hexagon);

        var value = Assert.IsType<JsonElement>((object)shape.Value);
        Assert.Equal(6, value.GetProperty("sides").GetInt32());
        Assert.Equal("hexagon", (string)shape.Discriminator);
        Assert.False(TryGet((object)shape, "Circle", out object? _));
        Assert.False(TryGet((object)shape, "Square", out object? _));
        Assert.Equal(hexagon, generated.Serialize(shape));
    }

    [Fact]
    public void A_discriminator_that_allows_one_value_is_fixed_by_the_type_and_sent_unset()
    {
        using var generated = Generated.Compile("unions.yaml", Namespace);
        dynamic circle = generated.New("Circle");
        circle.Radius = 1.5;
        dynamic square = generated.New("Square");
        square.Side = 2.0;

        Assert.False(generated.Type("Circle").GetProperty("ShapeType")!.CanWrite);
        Assert.False(generated.Type("Square").GetProperty("ShapeType")!.CanWrite);
        Assert.Equal("circle", (string)circle.ShapeType);
        Assert.Equal("square", (string)square.ShapeType);
        Assert.Equal("""{"shapeType":"circle","radius":1.5}""", generated.Serialize(circle));
        Assert.Equal("""{"shapeType":"square","side":2}""", generated.Serialize(square));
        Assert.Equal("""{"shapeType":"square","side":2}""", generated.Serialize(Activator.CreateInstance(generated.Type("Shape"), (object)square)!));
    }

    [Fact]
    public void A_fixed_property_reads_what_the_reply_holds_and_its_value_when_the_reply_has_none()
    {
        using var generated = Generated.Compile("unions.yaml", Namespace);

        dynamic oval = generated.Parse("Circle", """{"shapeType":"oval","radius":1}""");
        dynamic bare = generated.Parse("Circle", """{"radius":1}""");

        Assert.Equal("oval", (string)oval.ShapeType);
        Assert.Equal("""{"shapeType":"oval","radius":1}""", generated.Serialize(oval));
        Assert.Equal("circle", (string)bare.ShapeType);
    }

    [Fact]
    public void Alternatives_that_each_fix_one_value_of_a_property_they_require_are_chosen_by_it()
    {
        using var generated = Generated.Compile("unions.yaml", Namespace);

        dynamic friend = generated.Parse("Invite", """{"type":2,"code":"f"}""");
        dynamic guild = generated.Parse("Invite", """{"type":0,"code":"g","guild":"G1"}""");
        dynamic unknown = generated.Parse("Invite", """{"type":7,"code":"x"}""");

        Assert.Equal("2", (string)friend.Discriminator);
        Assert.Equal(generated.Type("FriendInvite"), ((object)friend.Value).GetType());
        Assert.Equal("G1", (string)guild.AsGuildInvite().Guild);
        Assert.IsType<JsonElement>((object)unknown.Value);
    }

    [Fact]
    public void Without_a_discriminator_the_first_alternative_whose_shape_the_json_has_is_chosen()
    {
        using var generated = Generated.Compile("unions.yaml", Namespace);

        Assert.Equal(generated.Type("Phone"), Value(generated, """{"number":"+15550100"}""").GetType());
        Assert.Equal(generated.Type("Email"), Value(generated, """{"address":"a@example.com","number":"+15550100"}""").GetType());
        Assert.Equal("text", Value(generated, "\"text\""));
        Assert.Equal(42L, Value(generated, "42"));
        Assert.IsType<JsonElement>(Value(generated, "4.5"));
    }

    [Fact]
    public void When_no_alternative_has_the_shape_exactly_the_first_that_reads_the_json_is_chosen()
    {
        using var generated = Generated.Compile("unions.yaml", Namespace);

        // A number where the address is a string, a word where verified is a boolean: read as the models read replies.
        dynamic email = Value(generated, """{"address":5,"verified":"yes"}""");

        Assert.Equal("5", (string)email.Address);
        Assert.Null((bool?)email.Verified);
    }

    private static object Value(Generated generated, string json) => ((dynamic)generated.Parse("Contact", json)).Value;

    private static bool TryGet(object union, string alternative, out object? value)
    {
        var arguments = new object?[] { null };
        var found = (bool)union.GetType().GetMethod("TryGet" + alternative)!.Invoke(union, arguments)!;
        value = arguments[0];
        return found;
    }
}
