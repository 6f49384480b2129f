using System;
using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Pipeline;

/// <summary>
/// Markdown pages are one operation each: the pages of one API (one specs/ sub-folder, or at the top of specs/ the
/// same info.title and server) make one client, and two pages that define one thing differently are a warning at
/// the second, which names the first.
/// </summary>
public sealed class PageMergeTests
{
    private static SpecFile InFolder(string page) =>
        GeneratorHarness.ProjectSpec("signalwire-pages/" + page) with { Metadata = new Dictionary<string, string> { ["ConferenceGenFolder"] = "signalwire-pages/" } };

    private static SpecFile AtTop(string page) => GeneratorHarness.ProjectSpec("signalwire-pages/" + page) with { Path = "/project/specs/" + page };

    [Fact]
    public void The_pages_of_one_folder_make_one_client_named_after_the_folder()
    {
        var result = GeneratorHarness.Run(InFolder("update-conference.md"), InFolder("retrieve-conference.md"));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
        Assert.Contains("Tests.SignalwirePages.SignalwirePagesClient.UpdateConferenceAsync.g.cs", result.Sources.Keys);
        Assert.Contains("Tests.SignalwirePages.SignalwirePagesClient.RetrieveConferenceAsync.g.cs", result.Sources.Keys);

        // The components both pages define are generated once.
        Assert.Single(result.Sources.Keys, k => k.EndsWith(".ConferenceResponse.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_at_the_top_with_the_same_title_and_server_make_one_client_named_after_the_title()
    {
        var result = GeneratorHarness.Run(AtTop("update-conference.md"), AtTop("retrieve-conference.md"));

        Assert.Contains("Tests.Compatibility.CompatibilityClient.UpdateConferenceAsync.g.cs", result.Sources.Keys);
        Assert.Contains("Tests.Compatibility.CompatibilityClient.RetrieveConferenceAsync.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void Pages_of_different_apis_stay_separate_clients_named_after_their_files()
    {
        var other = AtTop("retrieve-conference.md");
        other = other with { Text = other.Text.Replace("title: compatibility", "title: another", StringComparison.Ordinal) };

        var result = GeneratorHarness.Run(AtTop("update-conference.md"), other);

        Assert.Contains("Tests.UpdateConference.UpdateConferenceClient.g.cs", result.Sources.Keys);
        Assert.Contains("Tests.RetrieveConference.RetrieveConferenceClient.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void A_component_defined_differently_by_a_second_page_is_a_warning_at_that_page_naming_the_first()
    {
        // Pages are taken in path order: retrieve-conference.md is the first, update-conference.md the second.
        var first = InFolder("retrieve-conference.md");
        var second = InFolder("update-conference.md");
        second = second with { Text = second.Text.Replace("        - in-progress\n", "        - in-progress\n        - paused\n", StringComparison.Ordinal) };

        var result = GeneratorHarness.Run(second, first);

        var conflict = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0015");
        var span = conflict.Location.GetLineSpan();
        Assert.Equal(second.Path, span.Path);
        Assert.Equal(second.Text.Split('\n').ToList().FindIndex(l => l == "    ConferenceStatus:"), span.StartLinePosition.Line);
        var firstLine = first.Text.Split('\n').ToList().FindIndex(l => l == "    ConferenceStatus:") + 1;
        Assert.Equal($"'ConferenceStatus' (components/schemas) is defined differently in 'update-conference.md' than in retrieve-conference.md line {firstLine}; the definition in retrieve-conference.md line {firstLine} is generated", conflict.GetMessage());

        // The first page's definition is generated.
        Assert.DoesNotContain("paused", result.Sources.Single(s => s.Key.EndsWith(".ConferenceStatus.g.cs", StringComparison.Ordinal)).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_operation_on_two_pages_is_a_warning_and_generated_once()
    {
        var copy = InFolder("update-conference.md") with { Path = "/project/specs/signalwire-pages/update-conference-again.md" };
        copy = copy with { Text = copy.Text.Replace("summary: Update Conference", "summary: Update a conference", StringComparison.Ordinal) };

        var result = GeneratorHarness.Run(InFolder("update-conference.md"), copy);

        var conflict = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0015");
        Assert.StartsWith("the operation POST /Accounts/{AccountSid}/Conferences/{Sid} is defined differently", conflict.GetMessage(), StringComparison.Ordinal);
        Assert.Single(result.Sources.Keys, k => k.EndsWith(".UpdateConferenceAsync.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_client_of_pages_and_a_yaml_spec_with_the_same_names_are_two_specs_generating_one_client()
    {
        var names = new Dictionary<string, string> { ["Namespace"] = "Tests.Same", ["ClientName"] = "SameClient" };
        var yaml = GeneratorHarness.ProjectSpec("signalwire.yaml") with { Metadata = names };
        var page = AtTop("update-conference.md") with { Metadata = names };

        var result = GeneratorHarness.Run(yaml, page);

        // The first by path (signalwire.yaml) is generated; the page reports CG0011 and generates nothing.
        var duplicate = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "CG0011");
        Assert.Equal(page.Path, duplicate.Location.GetLineSpan().Path);
        Assert.Single(result.Sources.Keys, k => k == "Tests.Same.SameClient.g.cs");
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CG0012" || d.Location.GetLineSpan().Path == page.Path && d.Id != "CG0011");
    }
}
