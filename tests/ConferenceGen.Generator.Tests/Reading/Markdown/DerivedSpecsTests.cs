using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConferenceGen.Generator.Pipeline;
using ConferenceGen.Generator.Reading.Markdown;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Reading.Markdown;

/// <summary>
/// The build task that writes derived specs (ConferenceGenWriteDerivedSpecs) groups pages as the generator does: it
/// writes one document for each client the generator makes from pages that hold a document, of the same pages.
/// </summary>
public sealed class DerivedSpecsTests
{
    private static string Page(string title, string route) => $"""
        ## {title}
        <code class="post">POST</code>`https://api.example.com/v3/{route}`

        | Parameter | Type   | Description     | Mandatory |
        |:----------|:-------|:----------------|:----------|
        | callId    | string | The first call. | Yes       |
        """;

    [Fact]
    public void The_derived_specs_are_of_the_clients_the_generator_makes_of_the_same_pages()
    {
        var signalwire = new[] { "update-conference.md", "retrieve-conference.md" }
            .Select(page => GeneratorHarness.ProjectSpec("signalwire-pages/" + page) with { Path = "/project/specs/signalwire/" + page, Metadata = new Dictionary<string, string> { ["ConferenceGenFolder"] = "signalwire/" } });
        var pages = signalwire.Concat(new[]
        {
            // Two reference pages of one server make one client at the top of specs/; a third of another server its own.
            new SpecFile("/project/specs/create-bridge.md", Page("Create Bridge", "bridges")),
            new SpecFile("/project/specs/update-bridge.md", Page("Update Bridge", "bridges/{bridgeId}")),
            new SpecFile("/project/specs/create-call.md", Page("Create Call", "calls").Replace("api.example.com", "voice.example.com", StringComparison.Ordinal)),
            new SpecFile("/project/specs/README.md", "# Specs\n\nThe vendors' pages.\n"),
            // A page whose document does not parse is a client of its own, which reports why, and has nothing to derive.
            new SpecFile("/project/specs/broken.md", "# Broken\n\n```yaml\nopenapi: [\n```\n"),
        }).ToList();

        var run = GeneratorHarness.Run(pages.ToArray());
        var generated = run.RunResult.Results.Single().TrackedSteps[ConferenceGenGenerator.Steps.MarkdownGroups]
            .SelectMany(step => step.Outputs)
            .Select(output => (MarkdownGroup)output.Value)
            .Where(group => group.Pages.Any(reading => reading.Page.Spec.Parts.Count > 0))
            .Select(group => string.Join(", ", group.Pages.Select(reading => Path.GetFileName(reading.Input.Path))))
            .ToList();

        var derived = DerivedSpecs.Derive(pages.Select(page => new DerivedSpecs.Page(page.Path, page.Text, page.Metadata?["ConferenceGenFolder"] ?? string.Empty)))
            .Select(spec => spec.Yaml.Split('\n')[0].Replace("# Derived by ConferenceGen from ", string.Empty, StringComparison.Ordinal).TrimEnd('.'))
            .ToList();

        Assert.Equal(["create-bridge.md, update-bridge.md", "create-call.md", "retrieve-conference.md, update-conference.md"], generated);
        Assert.Equal(generated, derived);
    }
}
