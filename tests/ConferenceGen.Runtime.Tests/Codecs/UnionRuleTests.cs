using System;
using System.Text.Json;
using ConferenceGen.Runtime.Codecs;
using static ConferenceGen.Runtime.Tests.Codecs.UnionSamples;

namespace ConferenceGen.Runtime.Tests.Codecs;

/// <summary>
/// Which alternative a union's JSON is: by the discriminator when there is one; otherwise the first alternative, in
/// the spec's order, whose shape the JSON has exactly and that declares every member the JSON has, else the first
/// whose shape it has, else the first that takes its JSON kind and reads it; else none.
/// </summary>
public sealed class UnionRuleTests
{
    private static readonly UnionAlternative EmailAlternative = new(Email.Codec, "email");
    private static readonly UnionAlternative PhoneAlternative = new(Phone.Codec, "phone");
    private static readonly UnionAlternative Text = new(StringCodec.Instance);

    [Fact]
    public void The_discriminator_chooses_the_alternative_that_lists_its_value()
    {
        var chosen = Choose("""{"kind":"phone","number":"+15550100"}""", out var value, "kind", EmailAlternative, PhoneAlternative);

        Assert.Equal(1, chosen);
        Assert.Equal("+15550100", Assert.IsType<Phone>(value).Number);
    }

    [Fact]
    public void A_discriminator_value_no_alternative_lists_is_none_of_those_it_names_but_may_be_another()
    {
        Assert.Equal(-1, Choose("""{"kind":"fax","address":"a@example.com"}""", out _, "kind", EmailAlternative, PhoneAlternative, Text));
        Assert.Equal(-1, Choose("""{"address":"a@example.com"}""", out _, "kind", EmailAlternative, PhoneAlternative, Text));
        Assert.Equal(2, Choose("\"a@example.com\"", out var text, "kind", EmailAlternative, PhoneAlternative, Text));
        Assert.Equal("a@example.com", text);
    }

    [Fact]
    public void An_alternative_the_discriminator_names_that_cannot_read_the_json_makes_it_none()
    {
        // Named "phone", but without the number a phone requires.
        Assert.Equal(-1, Choose("""{"kind":"phone"}""", out var value, "kind", EmailAlternative, PhoneAlternative));
        Assert.Null(value);
    }

    [Fact]
    public void A_numeric_discriminator_is_compared_as_its_json_text()
    {
        var two = new UnionAlternative(Int64Codec.Instance, "2");
        var rule = new UnionRule(() => [new(Email.Codec, "1"), new(Phone.Codec, "2")], "kind");

        Assert.Equal("2", rule.DiscriminatorOf(Json("""{"kind":2}""")));
        Assert.Equal("true", rule.DiscriminatorOf(Json("""{"kind":true}""")));
        Assert.Null(rule.DiscriminatorOf(Json("""{"kind":{"nested":1}}""")));
        Assert.Equal(0, Choose("""{"kind":1,"address":"a@example.com"}""", out _, "kind", new(Email.Codec, "1"), two));
    }

    [Fact]
    public void Without_a_discriminator_the_first_alternative_whose_shape_the_json_has_wins()
    {
        UnionAlternative[] alternatives = [new(Person.Codec), new(Company.Codec)];

        Assert.Equal(0, Choose("""{"name":"Ada"}""", out var person, null, alternatives));
        Assert.IsType<Person>(person);
        Assert.Equal(0, Choose("""{"name":"Ada","born":"1815-12-10T00:00:00Z"}""", out _, null, alternatives));
        // A member of the wrong kind is not the person's shape; the company has it, as a member it does not declare.
        Assert.Equal(1, Choose("""{"name":"Acme","born":"last year"}""", out _, null, alternatives));
    }

    [Fact]
    public void Of_alternatives_that_fit_the_first_that_declares_every_member_wins()
    {
        UnionAlternative[] alternatives = [new(Person.Codec), new(Company.Codec)];

        Assert.Equal(1, Choose("""{"name":"Acme","vat":"DE1"}""", out _, null, alternatives));
        // None declares both: the first that fits.
        Assert.Equal(0, Choose("""{"name":"Acme","vat":"DE1","born":"1815-12-10T00:00:00Z"}""", out _, null, alternatives));
    }

    [Fact]
    public void A_fixed_property_with_another_value_is_not_the_alternatives_shape()
    {
        // Both have the members, only the kind tells them apart.
        var json = """{"kind":"phone","address":"a@example.com","number":"+15550100"}""";

        Assert.Equal(1, Choose(json, out _, null, EmailAlternative, PhoneAlternative));
        Assert.Equal(0, Choose(json.Replace("phone", "email"), out _, null, EmailAlternative, PhoneAlternative));
    }

    [Fact]
    public void The_json_kind_must_be_the_alternatives_though_a_string_codec_reads_a_number()
    {
        Assert.Equal(1, Choose("42", out var number, null, Text, new(Int64Codec.Instance)));
        Assert.Equal(42L, number);
        Assert.Equal(0, Choose("\"42\"", out var text, null, Text, new(Int64Codec.Instance)));
        Assert.Equal("42", text);
        Assert.Equal(1, Choose("true", out _, null, Text, new(BooleanCodec.Instance)));
    }

    [Fact]
    public void A_number_fits_the_first_number_type_that_holds_it()
    {
        UnionAlternative[] numbers = [new(Int32Codec.Instance), new(Int64Codec.Instance), new(DoubleCodec.Instance)];

        Assert.Equal(0, Choose("7", out _, null, numbers));
        Assert.Equal(1, Choose("3000000000", out _, null, numbers));
        Assert.Equal(2, Choose("4.5", out _, null, numbers));
    }

    [Fact]
    public void Text_in_a_format_fits_that_format_and_other_text_the_plain_string()
    {
        UnionAlternative[] alternatives = [new(DateTimeOffsetCodec.Instance), new(GuidCodec.Instance), Text];

        Assert.Equal(0, Choose("\"2024-01-02T03:04:05Z\"", out var date, null, alternatives));
        Assert.IsType<DateTimeOffset>(date);
        Assert.Equal(1, Choose("\"b3877c40-da60-4998-90ad-b792e98472cf\"", out _, null, alternatives));
        Assert.Equal(2, Choose("\"soon\"", out _, null, alternatives));
    }

    [Fact]
    public void An_enum_fits_only_with_a_value_it_lists_though_it_keeps_others_when_read()
    {
        UnionAlternative[] alternatives = [new(Color.Codec), Text];

        Assert.Equal(0, Choose("\"red\"", out var red, null, alternatives));
        Assert.Same(Color.Red, red);
        Assert.Equal(1, Choose("\"mauve\"", out _, null, alternatives));
    }

    [Fact]
    public void Lists_and_maps_fit_when_every_item_does()
    {
        UnionAlternative[] alternatives = [new(new ListCodec<long>(Int64Codec.Instance)), new(new ListCodec<string>(StringCodec.Instance)), new(new MapCodec<long>(Int64Codec.Instance))];

        Assert.Equal(0, Choose("[1,2]", out _, null, alternatives));
        Assert.Equal(1, Choose("""["1","2"]""", out _, null, alternatives));
        Assert.Equal(2, Choose("""{"a":1}""", out _, null, alternatives));
    }

    [Fact]
    public void When_no_alternative_has_the_shape_exactly_the_first_that_takes_the_kind_and_reads_it_wins()
    {
        // verified is a boolean and address a string: the email reads them as replies are read (null, "5").
        Assert.Equal(0, Choose("""{"kind":"email","address":5,"verified":"yes"}""", out var value, null, EmailAlternative, PhoneAlternative));

        var email = Assert.IsType<Email>(value);
        Assert.Equal("5", email.Address);
        Assert.Null(email.Verified);
    }

    [Fact]
    public void Json_that_no_alternative_reads_is_none()
    {
        Assert.Equal(-1, Choose("null", out _, null, EmailAlternative, Text));
        Assert.Equal(-1, Choose("[1]", out _, null, EmailAlternative, Text));
        Assert.Equal(-1, Choose("4.5", out var value, null, Text, new(Int64Codec.Instance)));
        Assert.Null(value);
    }

    [Fact]
    public void A_nullable_alternative_takes_null()
    {
        Assert.Equal(1, Choose("null", out _, null, Text, new(new NullableCodec<long>(Int64Codec.Instance))));
    }

    [Fact]
    public void A_model_fits_with_its_required_properties_present_and_null_only_where_allowed()
    {
        Assert.False(Email.Codec.Fits(Json("""{"kind":"email","address":null}""")));
        Assert.True(Email.Codec.Fits(Json("""{"kind":"email","address":"a@example.com","verified":null}""")));
        Assert.False(Email.Codec.Fits(Json("""{"address":"a@example.com"}""")));
    }

    [Fact]
    public void A_union_inside_a_value_fits_by_its_kind_and_decides_for_itself()
    {
        Assert.True(Contact.Codec.Fits(Json("""{"anything":1}""")));
        Assert.True(Contact.Codec.Fits(Json("7")));
        Assert.False(Contact.Codec.Fits(Json("[7]")));
    }
}
