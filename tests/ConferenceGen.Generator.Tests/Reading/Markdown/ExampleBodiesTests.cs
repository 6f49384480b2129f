using ConferenceGen.Generator.Reading.Markdown;

namespace ConferenceGen.Generator.Tests.Reading.Markdown;

/// <summary>A page's JSON examples are read whole when they are read at all: a broken one is no example, never a crash later.</summary>
public sealed class ExampleBodiesTests
{
    [Theory]
    [InlineData("""{"region": "us1", "region": "ie1"}""")]
    [InlineData("""{"conference": {"sid": "CF1", "sid": "CF2"}}""")]
    [InlineData("""[{"a": 1}, {"b": 1, "b": 2}]""")]
    [InlineData("""{"sid": "CF1",""")]
    public void An_example_with_a_key_written_twice_or_cut_short_is_no_example(string json) =>
        Assert.Null(ExampleBodies.ParseJson(json));

    [Fact]
    public void A_well_formed_example_is_read_with_trailing_commas_allowed() =>
        Assert.Equal("us1", (string?)ExampleBodies.ParseJson("""{"region": "us1",}""")!["region"]);
}
