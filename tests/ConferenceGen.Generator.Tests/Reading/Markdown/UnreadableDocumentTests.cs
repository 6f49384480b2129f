using System;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Reading.Markdown;

/// <summary>
/// A page that holds an OpenAPI document no fenced block holds — a copy saved without its line breaks (seed 002),
/// or a document pasted without a fence — cannot be read, and says so: a warning at the document's <c>openapi</c> key
/// that names the reason, never an ignored page.
/// </summary>
public sealed class UnreadableDocumentTests
{
    [SkippableFact]
    public void A_page_saved_without_its_line_breaks_is_a_warning_at_its_openapi_key_saying_why()
    {
        var page = SeedPages.Load(SeedPages.SignalWireFlattened, "/project/specs/signalwire-update.md");

        var result = GeneratorHarness.Run(page);

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("CG0020", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        var column = page.Text.IndexOf("openapi: 3.1.0", StringComparison.Ordinal);
        Assert.Equal((0, column), (warning.Location.GetLineSpan().StartLinePosition.Line, warning.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal("openapi: 3.1", page.Text.Substring(warning.Location.SourceSpan.Start, warning.Location.SourceSpan.Length));
        Assert.StartsWith(
            "'signalwire-update.md' holds an OpenAPI document at line 1 that cannot be read: its code fence opens in the middle of line 1 and the document runs on in that line: the page lost its line breaks",
            warning.GetMessage(),
            StringComparison.Ordinal);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_document_pasted_without_a_fence_is_a_warning_that_says_to_fence_it()
    {
        var page = "# Pets\n\nThe API:\n\nopenapi: 3.0.3\ninfo: {title: Pets, version: '1'}\npaths: {}\n";

        var result = GeneratorHarness.Run(new SpecFile("/project/specs/pets.md", page));

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("CG0020", warning.Id);
        Assert.Equal(4, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("it is not inside a fenced code block", warning.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_only_mentions_an_openapi_version_is_an_ignored_readme()
    {
        var page = "# Specs\n\nEvery spec here starts with `openapi: 3.0.3` and has info and paths.\n";

        var result = GeneratorHarness.Run(new SpecFile("/project/specs/README.md", page));

        Assert.Equal("CG0014", Assert.Single(result.GeneratorDiagnostics).Id);
    }
}
