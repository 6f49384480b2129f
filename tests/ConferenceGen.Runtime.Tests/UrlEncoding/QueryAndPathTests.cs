using System.Collections.Generic;
using ConferenceGen.Runtime.Codecs;
using ConferenceGen.Runtime.UrlEncoding;

namespace ConferenceGen.Runtime.Tests.UrlEncoding;

/// <summary>Query strings and path segments keep the spec's names and cannot be broken out of by a value.</summary>
public sealed class QueryAndPathTests
{
    [Fact]
    public void Query_names_with_comparison_suffixes_arrive_as_spelled()
    {
        var query = new QueryBuilder();
        query.Add("DateCreated<", "2024-01-01", StringCodec.Instance);
        query.Add("DateCreated>", "2023-01-01", StringCodec.Instance);
        Assert.Equal("/Conferences.json?DateCreated%3C=2024-01-01&DateCreated%3E=2023-01-01", query.AppendTo("/Conferences.json"));
    }

    [Fact]
    public void Spaces_in_queries_are_percent_20() =>
        Assert.Equal("q=a%20b", Query(q => q.Add("q", "a b", StringCodec.Instance)));

    [Fact]
    public void Arrays_follow_style_and_explode()
    {
        Assert.Equal("id=1&id=2", Query(q => q.AddEach("id", [1, 2], Int32Codec.Instance)));
        Assert.Equal("id=1%2C2", Query(q => q.AddJoined("id", [1, 2], Int32Codec.Instance, ',')));
        Assert.Equal("id=1%202", Query(q => q.AddJoined("id", [1, 2], Int32Codec.Instance, ' ')));
        Assert.Equal("id=1%7C2", Query(q => q.AddJoined("id", [1, 2], Int32Codec.Instance, '|')));
    }

    [Fact]
    public void Maps_follow_deep_object_and_form_styles()
    {
        var map = new Dictionary<string, string> { ["name"] = "x", ["kind"] = "y" };
        Assert.Equal("filter%5Bname%5D=x&filter%5Bkind%5D=y", Query(q => q.AddEntries("filter", map, StringCodec.Instance, deep: true, explode: true)));
        Assert.Equal("name=x&kind=y", Query(q => q.AddEntries("filter", map, StringCodec.Instance, deep: false, explode: true)));
        Assert.Equal("filter=name%2Cx%2Ckind%2Cy", Query(q => q.AddEntries("filter", map, StringCodec.Instance, deep: false, explode: false)));
    }

    [Fact]
    public void A_name_without_a_value_has_no_equals_sign() =>
        Assert.Equal("beta&a%20b&x=1", Query(q =>
        {
            q.AddName("beta");
            q.AddName("a b");
            q.Add("x", "1", StringCodec.Instance);
        }));

    [Fact]
    public void An_empty_query_leaves_the_path_alone() => Assert.Equal("/a", new QueryBuilder().AppendTo("/a"));

    [Theory]
    [InlineData("CF123", "CF123")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a?b#c", "a%3Fb%23c")]
    [InlineData("..", "%2E%2E")]
    [InlineData(".", "%2E")]
    [InlineData("a.json", "a.json")]
    public void Path_values_are_one_segment(string value, string escaped) =>
        Assert.Equal(escaped, UrlPath.Escape(value, StringCodec.Instance));

    private static string Query(System.Action<QueryBuilder> build)
    {
        var query = new QueryBuilder();
        build(query);
        return query.ToString();
    }
}
