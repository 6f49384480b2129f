using System.Text.RegularExpressions;
using ConferenceGen.Prism.Tests.Synthesis;

namespace ConferenceGen.Prism.Tests;

/// <summary>The fixture's own pattern-to-string step makes strings that the spec's patterns match, or says it cannot.</summary>
public sealed class PatternTextTests
{
    [Theory]
    [InlineData(@"^AC[0-9a-fA-F]{32}$")]
    [InlineData(@"^(0|[1-9][0-9]{0,18})$")]
    [InlineData(@"^[A-Z]{2}-\d{3,}(?:\.[a-z]+)?$")]
    [InlineData(@"^\+?[1-9]\d{1,14}$")]
    [InlineData(@"^[^@\s]+@[^@\s]+$")]
    [InlineData(@"^(https?://)?[\w.-]+$")]
    public void A_made_string_matches_its_pattern(string pattern)
    {
        var text = PatternText.Generate(pattern);

        Assert.NotNull(text);
        Assert.Matches(new Regex(pattern), text);
    }

    [Fact]
    public void A_minimum_length_repeats_the_open_quantifiers()
    {
        var text = PatternText.Generate(@"^[a-z]+$", minLength: 5);

        Assert.Equal("aaaaa", text);
    }

    [Fact]
    public void Variants_differ_for_arrays_whose_items_must_be_unique()
    {
        Assert.NotEqual(PatternText.Generate(@"^(0|[1-9][0-9]{0,18})$", variant: 0), PatternText.Generate(@"^(0|[1-9][0-9]{0,18})$", variant: 1));
    }

    [Theory]
    [InlineData(@"^(a)\1$")]
    [InlineData(@"^\p{L}+$")]
    [InlineData(@"^[a-z]{3}$", 5)]
    public void A_pattern_beyond_it_or_against_the_lengths_gives_nothing(string pattern, int minLength = 0)
    {
        Assert.Null(PatternText.Generate(pattern, minLength));
    }
}
