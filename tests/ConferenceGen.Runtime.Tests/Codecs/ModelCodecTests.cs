using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.Tests.Codecs;

/// <summary>
/// How a model's table of properties reads a reply: members are found by name wherever the server puts them (the
/// lookup starts after the last member found, which must not change what is read).
/// </summary>
public sealed class ModelCodecTests
{
    [Theory]
    [InlineData("""{"kind":"email","address":"a@example.com","verified":true}""")]
    [InlineData("""{"verified":true,"address":"a@example.com","kind":"email"}""")]
    [InlineData("""{"address":"a@example.com","extra":1,"verified":true,"kind":"email"}""")]
    [InlineData("""{"verified":true,"other":{"kind":"phone"},"kind":"email","address":"a@example.com"}""")]
    public void Members_are_read_in_any_order_and_unknown_ones_are_skipped(string json)
    {
        var email = JsonCodec.Parse(json, Email.Codec);

        Assert.Equal(("email", "a@example.com", true), (email.Kind, email.Address, email.Verified));
    }

    [Fact]
    public void A_member_that_comes_twice_is_read_as_its_last_value()
    {
        var email = JsonCodec.Parse("""{"address":"first@example.com","verified":false,"address":"last@example.com"}""", Email.Codec);

        Assert.Equal("last@example.com", email.Address);
    }
}
