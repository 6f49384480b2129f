using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Tests.Model;

/// <summary>Which body types overload resolution could not tell apart, decided on the model, before any C# is written.</summary>
public sealed class TypeRefTests
{
    [Fact]
    public void Date_times_read_as_RFC_3339_and_as_RFC_2822_are_one_type() =>
        Assert.True(new TypeRef(TypeKind.DateTime).IsSameTypeAs(new TypeRef(TypeKind.Rfc2822DateTime)));

    [Fact]
    public void A_generated_type_is_its_name_whatever_its_kind() =>
        Assert.True(new TypeRef(TypeKind.Object, "Tags").IsSameTypeAs(new TypeRef(TypeKind.Union, "Tags")));

    [Fact]
    public void Nullability_at_any_depth_does_not_tell_types_apart()
    {
        var strings = new TypeRef(TypeKind.Map, Item: TypeRef.String);
        var nullableStrings = new TypeRef(TypeKind.Map, Item: TypeRef.String with { Nullable = true }, Nullable: true);

        Assert.True(strings.IsSameTypeAs(nullableStrings));
    }

    [Fact]
    public void Kinds_held_as_different_types_differ()
    {
        foreach (var (first, second) in new[] { (TypeKind.Date, TypeKind.DateTime), (TypeKind.Int32, TypeKind.Int64), (TypeKind.Bytes, TypeKind.Stream), (TypeKind.List, TypeKind.Map) })
        {
            Assert.False(new TypeRef(first, Item: TypeRef.String).IsSameTypeAs(new TypeRef(second, Item: TypeRef.String)), $"{first} and {second}");
        }
    }

    [Fact]
    public void Lists_differ_by_their_items_and_generated_types_by_name()
    {
        Assert.False(new TypeRef(TypeKind.List, Item: TypeRef.String).IsSameTypeAs(new TypeRef(TypeKind.List, Item: new TypeRef(TypeKind.Int32))));
        Assert.False(new TypeRef(TypeKind.Object, "Tags").IsSameTypeAs(new TypeRef(TypeKind.Object, "Labels")));
    }
}
