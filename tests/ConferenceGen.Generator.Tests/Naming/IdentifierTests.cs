using ConferenceGen.Generator.Naming;

namespace ConferenceGen.Generator.Tests.Naming;

/// <summary>Spec names become readable, valid C# identifiers; the spec name itself stays the wire name.</summary>
public sealed class IdentifierTests
{
    [Theory]
    [InlineData("account_sid", "AccountSid")]
    [InlineData("friendlyName", "FriendlyName")]
    [InlineData("api.v2010.account.conference", "ApiV2010AccountConference")]
    [InlineData("in-progress", "InProgress")]
    [InlineData("HEAD", "Head")]
    [InlineData("HTTPMethod", "HttpMethod")]
    [InlineData("123_test_@#$%_special_tags", "_123TestSpecialTags")]
    [InlineData("$special[property.name]", "SpecialPropertyName")]
    [InlineData("-1", "Minus1")]
    [InlineData("", "Fallback")]
    [InlineData("@#$", "Fallback")]
    [InlineData("élan_vital", "ÉlanVital")]
    public void Pascal_case_names(string raw, string expected) => Assert.Equal(expected, Identifier.Pascal(raw, "Fallback"));

    [Theory]
    [InlineData("DateCreated<", true, "DateCreatedBefore")]
    [InlineData("DateCreated>", true, "DateCreatedAfter")]
    [InlineData("StartTime<=", true, "StartTimeOnOrBefore")]
    [InlineData("EndTime>=", true, "EndTimeOnOrAfter")]
    [InlineData("Price<", false, "PriceLessThan")]
    [InlineData("Price>=", false, "PriceAtLeast")]
    [InlineData("Status!=", false, "StatusNot")]
    public void Comparison_suffixes_become_words_that_say_what_they_mean(string raw, bool temporal, string expected) =>
        Assert.Equal(expected, Identifier.Pascal(raw, "x", temporal));

    [Theory]
    [InlineData("AccountSid", "accountSid")]
    [InlineData("class", "class")]
    [InlineData("namespace", "namespace")]
    [InlineData("await", "await")]
    [InlineData("from", "from")]
    [InlineData("123abc", "_123abc")]
    public void Camel_case_parameters_stay_bare_keywords_included(string raw, string expected) => Assert.Equal(expected, Identifier.Camel(raw, "value"));

    [Fact]
    public void Fields_never_equal_their_property()
    {
        Assert.Equal("_accountSid", Identifier.Field("AccountSid"));
        Assert.Equal("__123Number", Identifier.Field("_123Number"));
    }

    [Fact]
    public void Names_taken_in_a_scope_get_the_lowest_free_number_in_order()
    {
        var scope = new NameScope("Conference");

        Assert.Equal("Conference2", scope.Claim("Conference"));
        Assert.Equal("Status", scope.Claim("Status"));
        Assert.Equal("status2", scope.Claim("status"));
        Assert.Equal("Status3", scope.Claim("Status"));
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_cut_and_ends_in_a_hash_of_the_whole_so_it_stays_unique()
    {
        var scope = new NameScope();
        var first = new string('A', 300) + "First";
        var second = new string('A', 300) + "Second";

        var claimed = scope.Claim(first);

        Assert.Equal(Identifier.MaxLength, claimed.Length);
        Assert.Matches("^A+_[0-9a-f]{8}$", claimed);
        Assert.NotEqual(claimed, scope.Claim(second));
        Assert.True(scope.IsTaken(first));
        Assert.Equal(claimed + "2", scope.Claim(first));
        Assert.Equal("Short", scope.Claim("Short"));
    }
}
