using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building.Schemas;

/// <summary>Enum schemas: the type of their wire values, their members' names, and the oneOf-of-const idiom.</summary>
public sealed class SchemaCatalogueEnumsTests
{
    private static EnumModel Enum(string schema, string header = BuiltSpec.Header) =>
        SchemaCatalogueTests.Components("Status:\n" + BuiltSpec.Indent(schema, 2), header).Enum("Status");

    [Fact]
    public void A_string_enum_keeps_its_wire_values_in_order_and_names_its_members_in_Pascal_case()
    {
        var status = Enum("{type: string, description: Where the call is., enum: [queued, in-progress, no_answer]}");

        Assert.Equal(
            new[] { new EnumMemberModel("Queued", "queued"), new EnumMemberModel("InProgress", "in-progress"), new EnumMemberModel("NoAnswer", "no_answer") },
            status.Members);
        Assert.Equal((EnumValueKind.String, "Where the call is."), (status.ValueKind, status.Description));
    }

    [Theory]
    [InlineData("{type: integer, enum: [1, 2, 2147483647]}", nameof(EnumValueKind.Int32))]
    [InlineData("{type: integer, enum: [1, 2147483648]}", nameof(EnumValueKind.Int64))]
    [InlineData("{type: number, enum: [1, 2]}", nameof(EnumValueKind.Double))]
    [InlineData("{enum: [1, 2.5]}", nameof(EnumValueKind.Double))]
    [InlineData("{enum: [1, 2]}", nameof(EnumValueKind.Int32))]
    [InlineData("{enum: [a, 1]}", nameof(EnumValueKind.String))]
    public void Numeric_values_are_Int32_Int64_or_Double_by_type_and_range(string schema, string kind) =>
        Assert.Equal(System.Enum.Parse<EnumValueKind>(kind), Enum(schema).ValueKind);

    [Theory]
    [InlineData("{type: boolean, enum: [true, false]}")]
    [InlineData("{enum: [false, true]}")]
    [InlineData("{type: boolean, enum: [true, false], nullable: true}")]
    public void A_boolean_that_lists_both_values_is_a_bool_and_no_enum(string schema)
    {
        var spec = SchemaCatalogueTests.Components($"Holder: {{type: object, properties: {{value: {schema}}}}}");

        Assert.Equal(TypeKind.Boolean, Assert.Single(spec.Object("Holder").Properties).Type.Kind);
        Assert.Empty(spec.Enums);
    }

    [Fact]
    public void Numeric_members_read_as_words_so_that_no_two_meet()
    {
        var status = Enum("{type: number, enum: [-1, 1.5, 15]}");

        Assert.Equal(new[] { ("Minus1", "-1"), ("_1Point5", "1.5"), ("_15", "15") }, status.Members.Select(m => (m.Name, m.WireValue)));
    }

    [Fact]
    public void A_repeated_value_is_one_member()
    {
        var status = Enum("{type: string, enum: [queued, queued, done]}");

        Assert.Equal(new[] { "queued", "done" }, status.Members.Select(m => m.WireValue));
    }

    [Fact]
    public void Members_whose_names_meet_in_CSharp_take_numbers_and_keep_their_wire_values()
    {
        var status = Enum("{type: string, enum: [in-progress, in_progress, InProgress]}");

        Assert.Equal(new[] { ("InProgress", "in-progress"), ("InProgress2", "in_progress"), ("InProgress3", "InProgress") }, status.Members.Select(m => (m.Name, m.WireValue)));
    }

    [Fact]
    public void A_member_named_like_a_member_every_enum_has_or_like_the_enum_takes_a_number()
    {
        var status = Enum("{type: string, enum: [value, is_known, status, '']}");

        Assert.Equal(new[] { "Value2", "IsKnown2", "Status2", "Empty" }, status.Members.Select(m => m.Name));
    }

    [Fact]
    public void Enums_are_tolerant_unless_the_project_makes_them_strict()
    {
        const string Spec = BuiltSpec.Header + "paths: {}\ncomponents: {schemas: {Status: {type: string, enum: [a, b]}}}\n";

        Assert.False(BuiltSpec.From(Spec).Enum("Status").Strict);
        Assert.True(BuiltSpec.From(Spec, BuiltSpec.Settings() with { StrictEnums = true }).Enum("Status").Strict);
    }

    [Fact]
    public void An_inline_enum_property_is_a_type_named_after_its_class_and_its_property()
    {
        var spec = SchemaCatalogueTests.Components("""
            Call:
              type: object
              properties:
                direction: {type: string, enum: [inbound, outbound]}
            """);

        Assert.Equal(TypeRef.Named(TypeKind.Enum, "CallDirection"), Assert.Single(spec.Object("Call").Properties).Type);
        Assert.Equal(new[] { "inbound", "outbound" }, spec.Enum("CallDirection").Members.Select(m => m.WireValue));
    }

    [Fact]
    public void A_oneOf_of_titled_consts_is_an_enum_whose_members_are_named_by_their_titles_and_described()
    {
        var order = Enum("""
            type: string
            oneOf:
              - {title: ASC, description: Oldest first, const: asc}
              - {title: DESC, description: Newest first, const: desc}
            """, BuiltSpec.Header31);

        Assert.Equal(
            new[] { new EnumMemberModel("Asc", "asc", "Oldest first"), new EnumMemberModel("Desc", "desc", "Newest first") },
            order.Members);
        Assert.Equal(EnumValueKind.String, order.ValueKind);
    }

    [Fact]
    public void A_oneOf_of_integer_consts_is_an_integer_enum()
    {
        var channel = Enum("""
            type: integer
            oneOf:
              - {title: GUILD_TEXT, const: 0}
              - {title: DM, const: 1}
            """, BuiltSpec.Header31);

        Assert.Equal(EnumValueKind.Int32, channel.ValueKind);
        Assert.Equal(new[] { ("GuildText", "0"), ("Dm", "1") }, channel.Members.Select(m => (m.Name, m.WireValue)));
    }
}
