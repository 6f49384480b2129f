using System;
using System.Linq;
using ConferenceGen.Generator.Emitting;
using ConferenceGen.Generator.Tests.Infrastructure;

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

    [Fact]
    public void A_union_of_a_list_and_a_map_documents_them_as_code_not_as_broken_links()
    {
        var spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Value:
                  oneOf:
                    - {type: array, items: {type: string}}
                    - {type: object, additionalProperties: {type: integer}}
            """;
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));

        Assert.Empty(result.CompileProblems);
        var union = result.Sources.Single(s => s.Key.EndsWith(".Value.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("/// <summary>Creates the value from <c>System.Collections.Generic.IList&lt;string&gt;</c>.</summary>", union, StringComparison.Ordinal);
    }
}
