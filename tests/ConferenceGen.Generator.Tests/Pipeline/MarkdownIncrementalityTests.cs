using System;
using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Pipeline;
using ConferenceGen.Generator.Reading.Markdown;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConferenceGen.Generator.Tests.Pipeline;

/// <summary>
/// Markdown pages are as incremental as YAML specs: an edit to one page re-emits only the files it changes, leaves
/// the other clients' models cached, and an edit to C# code re-runs nothing.
/// </summary>
public sealed class MarkdownIncrementalityTests
{
    private const string BridgePage = """
        ## Create Bridge
        <code class="post">POST</code>`https://api.example.com/v3/bridges`

        | Parameter | Type   | Description     | Mandatory |
        |:----------|:-------|:----------------|:----------|
        | callId    | string | The first call. | Yes       |
        """;

    private static SpecFile InFolder(string page) =>
        GeneratorHarness.ProjectSpec("signalwire-pages/" + page) with { Metadata = new Dictionary<string, string> { ["ConferenceGenFolder"] = "signalwire-pages/" } };

    [Fact]
    public void Editing_one_page_of_a_merged_client_re_emits_only_the_operation_it_changes()
    {
        var (driver, texts, compilation) = Start(InFolder("update-conference.md"), InFolder("retrieve-conference.md"));
        var page = texts.Single(t => t.Path.EndsWith("retrieve-conference.md", StringComparison.Ordinal));
        var text = page.GetText()!.ToString();
        var edited = text.Replace("summary: Retrieve Conference", "summary: Retrieve a conference", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);

        driver = (CSharpGeneratorDriver)driver.ReplaceAdditionalText(page, new TestAdditionalText(page.Path, edited));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);

        var units = Outputs(driver, ConferenceGenGenerator.Steps.MarkdownUnits);
        var changed = units.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToList();
        var modified = Assert.Single(changed);
        Assert.EndsWith(".SignalwirePagesClient.RetrieveConferenceAsync.g.cs", ConferenceGen.Generator.Emitting.HintNames.Of((GeneratedUnit)modified.Value), StringComparison.Ordinal);
        Assert.All(units.Except(changed), o => Assert.True(o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, o.Reason.ToString()));
    }

    [Fact]
    public void Editing_a_page_of_one_client_leaves_the_other_clients_models_cached()
    {
        var (driver, texts, compilation) = Start(InFolder("update-conference.md"), InFolder("retrieve-conference.md"), new SpecFile("/project/specs/bridges.md", BridgePage));
        var page = texts.Single(t => t.Path.EndsWith("bridges.md", StringComparison.Ordinal));

        driver = (CSharpGeneratorDriver)driver.ReplaceAdditionalText(page, new TestAdditionalText(page.Path, BridgePage.Replace("The first call.", "The call to bridge.", StringComparison.Ordinal)));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);

        var pages = Outputs(driver, ConferenceGenGenerator.Steps.MarkdownPages);
        Assert.Equal(2, pages.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        var models = Outputs(driver, ConferenceGenGenerator.Steps.MarkdownModels);
        Assert.Equal(2, models.Count);
        Assert.Single(models, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(models, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_one_page_reads_it_once_and_hands_the_reading_on_to_its_client()
    {
        var (driver, texts, compilation) = Start(InFolder("update-conference.md"), InFolder("retrieve-conference.md"));
        var before = Readings(driver);
        var page = texts.Single(t => t.Path.EndsWith("retrieve-conference.md", StringComparison.Ordinal));
        var text = page.GetText()!.ToString();

        driver = (CSharpGeneratorDriver)driver.ReplaceAdditionalText(page, new TestAdditionalText(page.Path, text.Replace("summary: Retrieve Conference", "summary: Retrieve a conference", StringComparison.Ordinal)));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);
        var after = Readings(driver);

        // A reading is a new object each time a page is read: the edited page was read again, the other was not.
        Assert.NotSame(before[page.Path], after[page.Path]);
        var other = after.Keys.Single(path => path != page.Path);
        Assert.Same(before[other], after[other]);

        // The client's pages are the page step's readings themselves, not pages read again by the group step.
        var group = (MarkdownGroup)Assert.Single(Outputs(driver, ConferenceGenGenerator.Steps.MarkdownGroups)).Value;
        Assert.Equal(2, group.Pages.Count);
        Assert.All(group.Pages, reading => Assert.Same(after[reading.Input.Path], reading.Page));
    }

    [Fact]
    public void Editing_unrelated_csharp_code_leaves_every_markdown_step_cached()
    {
        var (driver, _, compilation) = Start(InFolder("update-conference.md"), InFolder("retrieve-conference.md"));

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class UserCode { }", GeneratorHarness.ParseOptions, path: "User.cs"));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(edited);

        foreach (var step in new[] { ConferenceGenGenerator.Steps.MarkdownPages, ConferenceGenGenerator.Steps.MarkdownGroups, ConferenceGenGenerator.Steps.MarkdownModels, ConferenceGenGenerator.Steps.MarkdownUnits })
        {
            var outputs = Outputs(driver, step);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }
    }

    private static (CSharpGeneratorDriver Driver, IReadOnlyList<AdditionalText> Texts, CSharpCompilation Compilation) Start(params SpecFile[] pages)
    {
        var driver = GeneratorHarness.CreateDriver(pages, out var texts);
        var compilation = GeneratorHarness.CreateCompilation();
        return ((CSharpGeneratorDriver)driver.RunGenerators(compilation), texts, compilation);
    }

    /// <summary>What the page step read, by page path.</summary>
    private static Dictionary<string, MarkdownPage> Readings(CSharpGeneratorDriver driver) =>
        Outputs(driver, ConferenceGenGenerator.Steps.MarkdownPages).Select(o => (PageReading)o.Value).ToDictionary(r => r.Input.Path, r => r.Page);

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(CSharpGeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
}
