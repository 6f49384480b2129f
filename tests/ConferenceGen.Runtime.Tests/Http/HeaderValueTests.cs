using System;
using System.Linq;
using System.Net.Http;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Runtime.UrlEncoding;

namespace ConferenceGen.Runtime.Tests.Http;

/// <summary>The one check for values that go into a header or a cookie: CR, LF and NUL are refused, the rest is sent as it is.</summary>
public sealed class HeaderValueTests
{
    [Theory]
    [InlineData("a\rb")]
    [InlineData("a\nb")]
    [InlineData("a\r\nX-Injected: 1")]
    [InlineData("a\0b")]
    [InlineData("\n")]
    public void A_value_with_a_line_break_or_NUL_is_refused_and_the_request_keeps_no_trace_of_it(string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/");

        var error = Assert.Throws<ArgumentException>(() => HeaderValue.Add(request, "X-Trace", value, "xTrace"));

        Assert.Equal("xTrace", error.ParamName);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        Assert.False(request.Headers.Contains("X-Trace"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("spaces inside\tand tabs")]
    [InlineData("a; b=c, \"quoted\" (comment)")]
    [InlineData("caf\u00e9")]
    public void Any_other_value_goes_into_the_header_unchanged(string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/");

        HeaderValue.Add(request, "X-Trace", value, "xTrace");

        Assert.Equal(value, request.Headers.NonValidated["X-Trace"].ToString());
    }

    [Fact]
    public void A_cookie_value_is_percent_encoded_so_nothing_ends_its_pair_and_a_line_break_is_refused()
    {
        var cookies = new CookieHeader();
        cookies.Add("session", "a b;c=d,e", "session");

        var error = Assert.Throws<ArgumentException>(() => cookies.Add("tenant", "t\r\nX-Injected: 1", "tenant"));

        Assert.Equal("session=a%20b%3Bc%3Dd%2Ce", cookies.ToString());
        Assert.Equal("tenant", error.ParamName);
    }

    [Fact]
    public void A_null_value_is_an_ArgumentNullException_that_names_the_parameter()
    {
        var error = Assert.Throws<ArgumentNullException>(() => HeaderValue.Checked(null!, "xTrace"));

        Assert.Equal("xTrace", error.ParamName);
    }
}
