using ConferenceGen.Generator.Emitting;

namespace ConferenceGen.Generator.Tests.Emitting;

/// <summary>The model keeps names bare; where C# reads an identifier, the emitters escape keywords.</summary>
public sealed class CSharpIdentifierTests
{
    [Theory]
    [InlineData("accountSid", "accountSid")]
    [InlineData("class", "@class")]
    [InlineData("namespace", "@namespace")]
    [InlineData("await", "@await")]
    [InlineData("yield", "@yield")]
    [InlineData("from", "from")]
    [InlineData("_123abc", "_123abc")]
    public void Keywords_are_escaped_and_other_names_written_as_they_are(string name, string expected) =>
        Assert.Equal(expected, CSharpIdentifier.Of(name));
}
