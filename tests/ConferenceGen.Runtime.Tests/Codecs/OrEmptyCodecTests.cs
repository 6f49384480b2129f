using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Codecs;
using ConferenceGen.Runtime.Http;

namespace ConferenceGen.Runtime.Tests.Codecs;

/// <summary>
/// A value the spec also allows as <c>""</c> (Stripe's way to clear a field): an empty list, map or model is sent as
/// the empty string, in JSON and in a form, and <c>""</c> in a reply reads as the empty value; anything else is the
/// value as usual.
/// </summary>
public sealed class OrEmptyCodecTests
{
    [Fact]
    public void Empty_values_are_written_as_the_empty_string_and_others_as_themselves()
    {
        var cleared = new Clearable { TaxRates = new List<string>(), Metadata = new Dictionary<string, string>(), Shipping = new Email() };
        var set = new Clearable { TaxRates = ["txr_1"], Metadata = new Dictionary<string, string> { ["a"] = "b" }, Shipping = new Email { Address = "a@example.com" } };

        Assert.Equal("""{"tax_rates":"","metadata":"","shipping":""}""", JsonCodec.Serialize(cleared, Clearable.Codec));
        Assert.Equal("""{"tax_rates":["txr_1"],"metadata":{"a":"b"},"shipping":{"kind":"email","address":"a@example.com"}}""", JsonCodec.Serialize(set, Clearable.Codec));
    }

    [Fact]
    public async Task A_form_sends_an_empty_value_as_an_empty_field_deepObject_or_not()
    {
        var cleared = new Clearable { TaxRates = new List<string>(), Metadata = new Dictionary<string, string>(), Shipping = new Email() };

        Assert.Equal("tax_rates=&metadata=&shipping=", await FormText(cleared, "metadata", "shipping"));
        Assert.Equal("tax_rates=txr_1&metadata%5Ba%5D=b", await FormText(new Clearable { TaxRates = ["txr_1"], Metadata = new Dictionary<string, string> { ["a"] = "b" } }, "metadata"));
    }

    [Fact]
    public void The_empty_string_in_a_reply_reads_as_the_empty_value_and_round_trips()
    {
        var read = JsonCodec.Parse("""{"tax_rates":"","metadata":"","shipping":""}""", Clearable.Codec);

        Assert.Empty(read.TaxRates!);
        Assert.Empty(read.Metadata!);
        Assert.Null(read.Shipping!.Verified);
        Assert.Equal("""{"tax_rates":"","metadata":"","shipping":""}""", JsonCodec.Serialize(read, Clearable.Codec));
    }

    [Fact]
    public void Other_text_is_not_the_empty_value() =>
        Assert.Throws<System.Text.Json.JsonException>(() => JsonCodec.Parse("""{"tax_rates":"none"}""", Clearable.Codec));

    private static async Task<string> FormText(Clearable value, params string[] deepObjects) =>
        await RequestBody.Form(value, Clearable.Codec, RequestBody.FormMediaType, deepObjects).ReadAsStringAsync();

    private sealed class Clearable : ApiModel
    {
        public static readonly ModelCodec<Clearable> Codec = new("Clearable", () => new Clearable(), () =>
        [
            new("tax_rates", new OrEmptyCodec<IList<string>>(new ListCodec<string>(StringCodec.Instance))),
            new("metadata", new OrEmptyCodec<IDictionary<string, string>>(new MapCodec<string>(StringCodec.Instance))),
            new("shipping", new OrEmptyCodec<Email>(Email.Codec)),
        ]);

        public Clearable() : base(3) { }

        public IList<string>? TaxRates { get => (IList<string>?)Slot(0); set => SetSlot(0, value); }

        public IDictionary<string, string>? Metadata { get => (IDictionary<string, string>?)Slot(1); set => SetSlot(1, value); }

        public Email? Shipping { get => (Email?)Slot(2); set => SetSlot(2, value); }
    }
}
