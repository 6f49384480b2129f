using ConferenceGen.Generator.Building;

namespace ConferenceGen.Generator.Tests.Building;

/// <summary>When two spec texts say the same thing to a reader, which decides whether two inline types are one.</summary>
public sealed class TextKeyTests
{
    [Fact]
    public void The_same_words_broken_over_other_lines_and_indented_otherwise_are_the_same_text() =>
        Assert.Equal(TextKey.Of("A call\nto a number."), TextKey.Of("  A call to\r\n    a number.  "));

    [Fact]
    public void Different_words_are_different_text() =>
        Assert.NotEqual(TextKey.Of("A call to a number."), TextKey.Of("A call to an address."));

    [Fact]
    public void Invisible_characters_do_not_count() =>
        Assert.Equal(TextKey.Of("A call"), TextKey.Of("A\u200B call\u0007"));

    [Fact]
    public void A_paragraph_that_repeats_the_one_before_it_counts_once() =>
        Assert.Equal(TextKey.Of("Call", null), TextKey.Of("Call", " Call "));

    [Fact]
    public void Where_one_text_ends_and_the_next_begins_counts() =>
        Assert.NotEqual(TextKey.Of("A call", "to a number."), TextKey.Of("A call to a number."));
}
