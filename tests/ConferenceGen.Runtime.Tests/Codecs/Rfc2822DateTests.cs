using System;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.Tests.Codecs;

/// <summary>RFC 2822 dates, the format of Twilio's date_created and date_updated.</summary>
public sealed class Rfc2822DateTests
{
    [Theory]
    [InlineData("Mon, 22 Aug 2011 20:58:45 +0000", 2011, 8, 22, 20, 58, 45, 0)]
    [InlineData("Tue, 25 Sept 2018 20:00:00 +0000", 2018, 9, 25, 20, 0, 0, 0)]
    [InlineData("22 Aug 2011 20:58:45 GMT", 2011, 8, 22, 20, 58, 45, 0)]
    [InlineData("Mon, 22 Aug 2011 13:58:45 -0700", 2011, 8, 22, 13, 58, 45, -7)]
    [InlineData("Mon, 22 Aug 2011 13:58 PDT", 2011, 8, 22, 13, 58, 0, -7)]
    [InlineData("Mon, 22 Aug 11 20:58:45 +0000", 2011, 8, 22, 20, 58, 45, 0)]
    [InlineData("  Mon,  22  August  2011  20:58:45  +01:00 ", 2011, 8, 22, 20, 58, 45, 1)]
    [InlineData("Sat, 29 Feb 2020 23:59:60 +1400", 2020, 2, 29, 23, 59, 59, 14)]
    [InlineData("mon, 01 jan 0001 00:00:00 -0000", 1, 1, 1, 0, 0, 0, 0)]
    public void Reads_the_forms_servers_send(string text, int year, int month, int day, int hour, int minute, int second, int offsetHours)
    {
        Assert.True(Rfc2822Date.TryParse(text, out var value));
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(offsetHours)), value);
        Assert.Equal(TimeSpan.FromHours(offsetHours), value.Offset);
    }

    [Theory]
    [InlineData("string")]
    [InlineData("")]
    [InlineData("Mon, 32 Aug 2011 20:58:45 +0000")]
    [InlineData("Mon, 22 Foo 2011 20:58:45 +0000")]
    [InlineData("Mon, 22 Aug 2011 25:58:45 +0000")]
    [InlineData("Mon, 22 Aug 2011 20:58:45 +9999")]
    [InlineData("Mon, 22 Aug 2011 20:58:45 +1401")]
    [InlineData("Mon, 22 Aug 2011 20:58:45 -1430")]
    [InlineData("Fri, 29 Feb 2019 20:58:45 +0000")]
    [InlineData("Mon, 22 Aug 2011 20:60:45 +0000")]
    [InlineData("Mon, 22 Aug 2011 20:58:61 +0000")]
    [InlineData("Mon, 22 Aug 2011 20:58:45 +00x0")]
    [InlineData("Mon, 22 Aug 0000 20:58:45 +0000")]
    [InlineData("2011-08-22T20:58:45Z")]
    public void Rejects_text_that_is_not_a_date(string text) => Assert.False(Rfc2822Date.TryParse(text, out _));

    [Fact]
    public void Writes_the_canonical_form_with_a_numeric_zone()
    {
        Assert.Equal("Mon, 22 Aug 2011 20:58:45 +0000", Rfc2822Date.Format(new DateTimeOffset(2011, 8, 22, 20, 58, 45, TimeSpan.Zero)));
        Assert.Equal("Fri, 01 Mar 2024 09:05:07 -0530", Rfc2822Date.Format(new DateTimeOffset(2024, 3, 1, 9, 5, 7, TimeSpan.FromMinutes(-330))));
    }

    [Fact]
    public void Formatting_and_parsing_round_trip()
    {
        var value = new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.FromHours(9));
        Assert.True(Rfc2822Date.TryParse(Rfc2822Date.Format(value), out var back));
        Assert.Equal(value, back);
        Assert.Equal(value.Offset, back.Offset);
    }
}
