using System;
using ConferenceGen.Runtime.Codecs;
using ConferenceGen.Runtime.UrlEncoding;

namespace ConferenceGen.Runtime.Tests.UrlEncoding;

/// <summary>application/x-www-form-urlencoded bodies as the vendors' curl examples send them.</summary>
public sealed class FormWriterTests
{
    [Fact]
    public void Encodes_like_the_twilio_curl_example()
    {
        var form = new FormWriter();
        form.Add("AnnounceMethod", "HEAD");
        form.Add("AnnounceUrl", new Uri("https://example.com"), UriCodec.Instance);
        form.Add("Status", "completed");

        Assert.Equal("AnnounceMethod=HEAD&AnnounceUrl=https%3A%2F%2Fexample.com&Status=completed", form.ToString());
    }

    [Theory]
    [InlineData("a b", "a+b")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("x&y=z", "x%26y%3Dz")]
    [InlineData("é✓", "%C3%A9%E2%9C%93")]
    [InlineData("-_.~", "-_.~")]
    public void Values_are_percent_encoded_with_spaces_as_plus(string value, string encoded)
    {
        var form = new FormWriter();
        form.Add("v", value);
        Assert.Equal("v=" + encoded, form.ToString());
    }

    [Fact]
    public void Names_are_encoded_too()
    {
        var form = new FormWriter();
        form.Add("DateCreated<", "2024-01-01");
        Assert.Equal("DateCreated%3C=2024-01-01", form.ToString());
    }

    [Fact]
    public void Lists_repeat_the_name_or_join_with_commas()
    {
        var each = new FormWriter();
        each.AddEach("StatusCallbackEvent", ["start", "end"], StringCodec.Instance);
        Assert.Equal("StatusCallbackEvent=start&StatusCallbackEvent=end", each.ToString());

        var joined = new FormWriter();
        joined.AddJoined("ids", [1, 2], Int64Codec.Instance);
        Assert.Equal("ids=1%2C2", joined.ToString());
    }

    [Fact]
    public void Booleans_are_lower_case() =>
        Assert.Equal("Muted=true", Form(f => f.Add("Muted", true, BooleanCodec.Instance)));

    private static string Form(Action<FormWriter> write)
    {
        var form = new FormWriter();
        write(form);
        return form.ToString();
    }
}
