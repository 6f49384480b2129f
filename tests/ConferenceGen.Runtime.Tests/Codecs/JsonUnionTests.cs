using System.Text.Json;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.Tests.Codecs;

/// <summary>
/// What a generated union shows: <c>Value</c> for pattern matching, <c>TryGetX</c> and <c>AsX()</c>, decoded once;
/// the JSON read is what is sent back, and a value created from an alternative is sent as that alternative.
/// </summary>
public sealed class JsonUnionTests
{
    [Fact]
    public void Value_is_the_alternative_for_pattern_matching()
    {
        var contact = JsonCodec.Parse("""{"address":"a@example.com"}""", Contact.Codec);

        var described = contact.Value switch
        {
            Email email => "email " + email.Address,
            string text => "text " + text,
            long number => "number " + number,
            JsonElement other => "other " + other.ValueKind,
            _ => "?",
        };

        Assert.Equal("email a@example.com", described);
        Assert.True(contact.TryGetEmail(out var found));
        Assert.Same(contact.Value, found);
        Assert.Same(found, contact.AsEmail());
        Assert.False(contact.TryGetInt64(out _));
        Assert.Null(contact.AsInt64());
    }

    [Fact]
    public void Json_that_is_no_alternative_is_its_json_element_and_is_written_unchanged()
    {
        const string json = """{"kind":"fax","line":"5550100"}""";

        var contact = JsonCodec.Parse(json, Contact.ByKind);

        Assert.Equal("fax", contact.Discriminator);
        Assert.Equal(JsonValueKind.Object, Assert.IsType<JsonElement>(contact.Value).ValueKind);
        Assert.False(contact.TryGetEmail(out _));
        Assert.Equal(json, JsonCodec.Serialize(contact, Contact.ByKind));
    }

    [Fact]
    public void Json_that_is_an_alternative_is_written_as_it_was_read()
    {
        // Spacing, order and a property the model does not know survive: the JSON is what goes back.
        const string json = """{"address":"a@example.com",  "extra":[1,2]}""";

        var contact = JsonCodec.Parse(json, Contact.Codec);
        Assert.IsType<Email>(contact.Value);

        Assert.Equal("""{"address":"a@example.com","extra":[1,2]}""", JsonCodec.Serialize(contact, Contact.Codec));
        Assert.Equal(JsonValueKind.Object, contact.Json!.Value.ValueKind);
    }

    [Fact]
    public void The_value_is_decoded_once_even_when_asked_from_many_threads()
    {
        var contact = JsonCodec.Parse("""{"address":"a@example.com"}""", Contact.Codec);

        var values = new object[64];
        Parallel.For(0, values.Length, i => values[i] = contact.Value);

        Assert.All(values, value => Assert.Same(values[0], value));
        Assert.Same(values[0], contact.AsEmail());
    }

    [Fact]
    public void A_union_created_from_an_alternative_holds_it_and_is_written_as_it()
    {
        var email = new Email { Address = "a@example.com" };

        var contact = new Contact(email);
        var number = new Contact(42L);

        Assert.Same(email, contact.Value);
        Assert.Null(contact.Json);
        Assert.Null(contact.Discriminator);
        Assert.Equal(42L, number.AsInt64());
        Assert.Equal("""{"kind":"email","address":"a@example.com"}""", JsonCodec.Serialize(contact, Contact.Codec));
        Assert.Equal("42", JsonCodec.Serialize(number, Contact.Codec));
    }
}
