using ConferenceGen.Generator.Emitting;

namespace ConferenceGen.Generator.Tests.Emitting;

/// <summary>Spec text reaches generated code only as literals and doc comments that mean exactly that text.</summary>
public sealed class EscapingTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("line\nbreak\u2028sep", "\"line\\nbreak\\u2028sep\"")]
    [InlineData("\u202Ertl", "\"\\u202Ertl\"")]
    public void String_literals_mean_exactly_the_text(string text, string literal) => Assert.Equal(literal, CSharpLiteral.String(text));

    [Fact]
    public void Doc_lines_cannot_end_the_comment_or_hide_text()
    {
        var lines = DocText.Lines("</summary> #error\u2028}\u202Ehidden & <b>");

        Assert.Equal(new[] { "&lt;/summary&gt; #error", "}hidden &amp; &lt;b&gt;" }, lines);
    }
}
