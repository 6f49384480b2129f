using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.Tests.Codecs;

/// <summary>Scalars read strictly by meaning but tolerate quoted numbers and booleans, and write canonical JSON.</summary>
public sealed class ScalarCodecTests
{
    [Theory]
    [InlineData("\"CF123\"", "CF123")]
    [InlineData("42", "42")]
    [InlineData("true", "true")]
    public void Strings_accept_unquoted_scalars_as_their_text(string json, string expected) =>
        Assert.Equal(expected, Read(json, StringCodec.Instance));

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"False\"", false)]
    public void Booleans_accept_quoted_booleans(string json, bool expected) => Assert.Equal(expected, Read(json, BooleanCodec.Instance));

    [Theory]
    [InlineData("5000", 5000)]
    [InlineData("\"5000\"", 5000)]
    public void Integers_accept_quoted_integers(string json, int expected) => Assert.Equal(expected, Read(json, Int32Codec.Instance));

    [Fact]
    public void An_integer_that_does_not_fit_is_an_error() =>
        Assert.ThrowsAny<JsonException>(() => Read("3000000000", Int32Codec.Instance));

    [Fact]
    public void Uris_are_written_exactly_as_given() =>
        Assert.Equal("\"https://example.com\"", WriteWith(UriCodec.Instance, new Uri("https://example.com")));

    [Fact]
    public void An_empty_uri_is_no_uri_so_an_optional_one_reads_as_null()
    {
        Assert.Throws<ValueFormatException>(() => Read("\"\"", UriCodec.Instance));
        Assert.Null(Read("\"\"", new NullableClassCodec<Uri>(UriCodec.Instance)));
    }

    [Fact]
    public void Relative_uris_are_read() => Assert.Equal("/2010-04-01/Accounts.json", Read("\"/2010-04-01/Accounts.json\"", UriCodec.Instance).OriginalString);

    [Fact]
    public void Guids_are_written_in_lower_case_with_dashes() =>
        Assert.Equal("\"b3877c40-da60-4998-90ad-b792e98472cf\"", WriteWith(GuidCodec.Instance, Guid.Parse("B3877C40-DA60-4998-90AD-B792E98472CF")));

    [Fact]
    public void Utc_date_times_are_written_with_z() =>
        Assert.Equal("2024-01-02T03:04:05Z", DateTimeOffsetCodec.Instance.Format(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)));

    [Fact]
    public void Date_times_keep_their_offset() =>
        Assert.Equal("2024-01-02T03:04:05.5+02:00", DateTimeOffsetCodec.Instance.Format(new DateTimeOffset(2024, 1, 2, 3, 4, 5, 500, TimeSpan.FromHours(2))));

    [Fact]
    public void Dates_are_read_and_written_as_yyyy_mm_dd()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), Read("\"2024-02-29\"", DateOnlyCodec.Instance));
        Assert.Equal("\"2024-02-29\"", WriteWith(DateOnlyCodec.Instance, new DateOnly(2024, 2, 29)));
    }

    [Fact]
    public void A_mis_formatted_optional_value_reads_as_null_but_a_required_one_fails()
    {
        Assert.Null(Read("\"string\"", new NullableCodec<DateTimeOffset>(Rfc2822DateTimeCodec.Instance)));
        Assert.Throws<ValueFormatException>(() => Read("\"string\"", Rfc2822DateTimeCodec.Instance));
    }

    [Fact]
    public void A_nullable_value_of_the_wrong_kind_still_fails() =>
        Assert.ThrowsAny<JsonException>(() => Read("{}", new NullableCodec<DateTimeOffset>(Rfc2822DateTimeCodec.Instance)));

    [Fact]
    public void Lists_and_maps_round_trip()
    {
        var list = Read("[1, 2, 9007199254740993]", new ListCodec<long>(Int64Codec.Instance));
        Assert.Equal(new long[] { 1, 2, 9007199254740993 }, list);
        Assert.Equal("[1,2,9007199254740993]", WriteWith(new ListCodec<long>(Int64Codec.Instance), list));

        var map = Read("""{"a":"x","b":null}""", new MapCodec<string?>(new NullableClassCodec<string>(StringCodec.Instance)));
        Assert.Equal("x", map["a"]);
        Assert.Null(map["b"]);
        Assert.Equal("""{"a":"x","b":null}""", WriteWith(new MapCodec<string?>(new NullableClassCodec<string>(StringCodec.Instance)), map));
    }

    [Fact]
    public void Any_value_is_kept_as_a_json_element()
    {
        var element = Read("""{"nested":[1,{"x":true}]}""", JsonElementCodec.Instance);
        Assert.Equal("""{"nested":[1,{"x":true}]}""", WriteWith(JsonElementCodec.Instance, element));
    }

    internal static T Read<T>(string json, JsonCodec<T> codec)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return codec.Read(ref reader);
    }

    internal static string WriteWith<T>(JsonCodec<T> codec, T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            codec.Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
