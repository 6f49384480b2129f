using System;
using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Pipeline;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConferenceGen.Generator.Tests.Diagnostics;

/// <summary>
/// A vendor's spec is not the user's to fix: of each warning a spec reports the first five as warnings and the rest
/// as info, behind one summary warning of the same ID at the first of the rest. ConferenceGenReportAllDiagnostics
/// reports each as a warning; a spec's NoWarn metadata silences IDs for that spec alone (docs/diagnostics.md).
/// </summary>
public sealed class DiagnosticPolicyTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths: {}\n";

    /// <summary>Seven security schemes ConferenceGen cannot send, each a CG0005 warning, on lines 6 to 12 (0-based).</summary>
    private static readonly string SevenUnsupportedSchemes = Header + "components:\n  securitySchemes:\n"
        + string.Concat(Enumerable.Range(1, 7).Select(i => $"    signature{i}: {{type: http, scheme: signature}}\n"));

    [Fact]
    public void The_first_five_of_a_warning_are_warnings_and_one_summary_at_the_sixth_stands_for_the_rest()
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/vendor.yaml", SevenUnsupportedSchemes));

        var reported = result.GeneratorDiagnostics.Select(d => (d.Id, d.Severity, Line: d.Location.GetLineSpan().StartLinePosition.Line)).ToList();
        Assert.Equal(
            [
                ("CG0005", DiagnosticSeverity.Warning, 6),
                ("CG0005", DiagnosticSeverity.Warning, 7),
                ("CG0005", DiagnosticSeverity.Warning, 8),
                ("CG0005", DiagnosticSeverity.Warning, 9),
                ("CG0005", DiagnosticSeverity.Warning, 10),
                ("CG0005", DiagnosticSeverity.Warning, 11), // the summary
                ("CG0005", DiagnosticSeverity.Info, 11),
                ("CG0005", DiagnosticSeverity.Info, 12),
            ],
            reported);
        Assert.Equal(
            "2 more CG0005 warnings in 'vendor.yaml' are reported as info, the first of them here; set <ConferenceGenReportAllDiagnostics>true</ConferenceGenReportAllDiagnostics> in the project to report each as a warning",
            result.GeneratorDiagnostics[5].GetMessage());
        Assert.Contains("'signature6'", result.GeneratorDiagnostics[6].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(DiagnosticHelpLinks.For("CG0005"), result.GeneratorDiagnostics[5].Descriptor.HelpLinkUri);
    }

    [Fact]
    public void ConferenceGenReportAllDiagnostics_reports_each_warning_as_a_warning_without_a_summary()
    {
        var result = GeneratorHarness.Run(
            [new SpecFile("/project/specs/vendor.yaml", SevenUnsupportedSchemes)],
            userSource: null,
            new Dictionary<string, string> { ["ConferenceGenReportAllDiagnostics"] = "true" });

        Assert.Equal(7, result.GeneratorDiagnostics.Length);
        Assert.All(result.GeneratorDiagnostics, d => Assert.Equal(("CG0005", DiagnosticSeverity.Warning), (d.Id, d.Severity)));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.GetMessage().Contains("more CG0005", StringComparison.Ordinal));
    }

    [Fact]
    public void A_client_of_markdown_pages_has_the_same_five_of_each_warning()
    {
        var page = "# Vendor API\n\nThe reference, with its OpenAPI document.\n\n```yaml\n" + SevenUnsupportedSchemes + "```\n";

        var result = GeneratorHarness.Run(new SpecFile("/project/specs/vendor.md", page));

        var cg0005 = result.GeneratorDiagnostics.Where(d => d.Id == "CG0005").ToList();
        Assert.Equal(6, cg0005.Count(d => d.Severity == DiagnosticSeverity.Warning));
        Assert.Equal(2, cg0005.Count(d => d.Severity == DiagnosticSeverity.Info));
    }

    [Fact]
    public void Each_spec_has_its_own_five_of_each_warning()
    {
        var result = GeneratorHarness.Run(
            new SpecFile("/project/specs/one.yaml", SevenUnsupportedSchemes),
            new SpecFile("/project/specs/two.yaml", SevenUnsupportedSchemes));

        foreach (var spec in new[] { "/project/specs/one.yaml", "/project/specs/two.yaml" })
        {
            var ofSpec = result.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path == spec).ToList();
            Assert.Equal(6, ofSpec.Count(d => d.Severity == DiagnosticSeverity.Warning));
            Assert.Equal(2, ofSpec.Count(d => d.Severity == DiagnosticSeverity.Info));
        }
    }

    [Fact]
    public void Errors_and_infos_are_never_capped()
    {
        var eightOperationsOfOneName = Header.Replace("paths: {}\n", "paths:\n", StringComparison.Ordinal)
            + string.Concat(Enumerable.Range(1, 8).Select(i => $"  /p{i}:\n    get: {{operationId: same, responses: {{'204': {{description: OK}}}}}}\n"));

        var result = GeneratorHarness.Run(new SpecFile("/project/specs/names.yaml", eightOperationsOfOneName));

        Assert.Equal(7, result.GeneratorDiagnostics.Count(d => d.Id == "CG0006" && d.Severity == DiagnosticSeverity.Info));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void NoWarn_metadata_silences_an_id_for_that_spec_only()
    {
        var vendor = new SpecFile("/project/specs/vendor.yaml", SevenUnsupportedSchemes, new Dictionary<string, string> { ["NoWarn"] = "CG0003; CG0005" });
        var own = new SpecFile("/project/specs/own.yaml", SevenUnsupportedSchemes);

        var result = GeneratorHarness.Run(vendor, own);

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Location.GetLineSpan().Path == vendor.Path);
        Assert.Equal(8, result.GeneratorDiagnostics.Count(d => d.Location.GetLineSpan().Path == own.Path));
    }

    [Fact]
    public void NoWarn_metadata_does_not_silence_an_error()
    {
        var broken = new SpecFile("/project/specs/broken.yaml", "openapi: [\n", new Dictionary<string, string> { ["NoWarn"] = "CG0002" });

        Assert.Equal("CG0002", Assert.Single(GeneratorHarness.Run(broken).GeneratorDiagnostics).Id);
    }

    [Fact]
    public void The_capped_diagnostics_are_equal_data_so_an_edit_to_csharp_code_reports_them_from_the_cache()
    {
        var driver = GeneratorHarness.CreateDriver([new SpecFile("/project/specs/vendor.yaml", SevenUnsupportedSchemes)]);
        var compilation = GeneratorHarness.CreateCompilation("class UserCode { }");
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);
        var first = driver.GetRunResult().Diagnostics;

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("class UserCode { int _edited; }", GeneratorHarness.ParseOptions, path: "User.cs"));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(edited);

        var run = driver.GetRunResult();
        var step = run.Results.Single().TrackedSteps[ConferenceGenGenerator.Steps.Diagnostics].SelectMany(s => s.Outputs).Single();
        Assert.Equal(IncrementalStepRunReason.Cached, step.Reason);
        Assert.Equal(first.Select(d => d.ToString()), run.Diagnostics.Select(d => d.ToString()));
    }
}
