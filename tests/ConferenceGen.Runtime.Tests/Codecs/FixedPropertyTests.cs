using System.Linq;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.Tests.Codecs;

/// <summary>
/// A property whose type fixes its value (a union alternative's discriminator): sent though nobody set it, read as
/// the reply has it, and never missing from a reply.
/// </summary>
public sealed class FixedPropertyTests
{
    [Fact]
    public void A_fixed_property_is_written_though_it_was_never_set()
    {
        Assert.Equal("""{"kind":"email","address":"a@example.com"}""", JsonCodec.Serialize(new Email { Address = "a@example.com" }, Email.Codec));
    }

    [Fact]
    public void A_fixed_property_missing_from_a_reply_is_its_fixed_value()
    {
        var email = JsonCodec.Parse("""{"address":"a@example.com"}""", Email.Codec);

        Assert.Equal("email", email.Kind);
    }

    [Fact]
    public void Another_value_in_a_reply_is_read_and_sent_back()
    {
        var email = JsonCodec.Parse("""{"kind":"e-mail","address":"a@example.com"}""", Email.Codec);

        Assert.Equal("e-mail", email.Kind);
        Assert.Equal("""{"kind":"e-mail","address":"a@example.com"}""", JsonCodec.Serialize(email, Email.Codec));
    }

    [Fact]
    public void A_fixed_property_is_a_field_of_a_form()
    {
        var fields = Email.Codec.Fields(new Email { Address = "a@example.com" }).Select(f => (f.Property.Name, f.Value)).ToList();

        Assert.Equal([("kind", (object)"email"), ("address", "a@example.com")], fields);
    }
}
