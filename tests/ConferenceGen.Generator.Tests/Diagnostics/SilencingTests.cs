using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConferenceGen.Generator.Tests.Diagnostics;

/// <summary>
/// How a project silences or raises a CG diagnostic, as the compiler filters them (docs/diagnostics.md). They are
/// located in the spec, which is no C# file, so only project-wide settings reach them: NoWarn and .globalconfig
/// do, .editorconfig sections do not. The summary of a capped warning has the warning's ID, so it goes with it.
/// The package tests show the same in a real build.
/// </summary>
public sealed class SilencingTests
{
    /// <summary>Seven CG0005 warnings: reported as five warnings, a summary and two infos.</summary>
    private static readonly SpecFile Vendor = new(
        "/project/specs/vendor.yaml",
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths: {}\ncomponents:\n  securitySchemes:\n"
        + string.Concat(Enumerable.Range(1, 7).Select(i => $"    signature{i}: {{type: http, scheme: signature}}\n")));

    private static readonly Dictionary<string, ReportDiagnostic> None = new();

    [Fact]
    public void Without_settings_the_spec_reports_five_warnings_a_summary_and_two_infos()
    {
        var reported = Run(options => options);

        Assert.Equal(6, reported.Count(d => d.Severity == DiagnosticSeverity.Warning));
        Assert.Equal(2, reported.Count(d => d.Severity == DiagnosticSeverity.Info));
    }

    [Fact]
    public void NoWarn_in_the_project_silences_every_case_and_the_summary()
    {
        // <NoWarn>$(NoWarn);CG0005</NoWarn> reaches the compiler as /nowarn:CG0005.
        var reported = Run(options => options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CG0005"] = ReportDiagnostic.Suppress }));

        Assert.Empty(reported);
    }

    [Fact]
    public void A_globalconfig_severity_of_none_silences_every_case_and_the_summary()
    {
        var reported = Run(options => options.WithSyntaxTreeOptionsProvider(new TestSyntaxTreeOptionsProvider(new Dictionary<string, ReportDiagnostic> { ["CG0005"] = ReportDiagnostic.Suppress }, None)));

        Assert.Empty(reported);
    }

    [Fact]
    public void A_globalconfig_severity_of_warning_raises_the_cases_reported_as_info()
    {
        var reported = Run(options => options.WithSyntaxTreeOptionsProvider(new TestSyntaxTreeOptionsProvider(new Dictionary<string, ReportDiagnostic> { ["CG0005"] = ReportDiagnostic.Warn }, None)));

        Assert.Equal(8, reported.Count);
        Assert.All(reported, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void An_editorconfig_section_applies_to_csharp_files_and_so_not_to_a_diagnostic_in_a_spec()
    {
        var reported = Run(options => options.WithSyntaxTreeOptionsProvider(new TestSyntaxTreeOptionsProvider(None, new Dictionary<string, ReportDiagnostic> { ["CG0005"] = ReportDiagnostic.Suppress })));

        Assert.Equal(8, reported.Count);
    }

    private static List<Diagnostic> Run(System.Func<CSharpCompilationOptions, CSharpCompilationOptions> configure)
    {
        var compilation = GeneratorHarness.CreateCompilation("class UserCode { }");
        compilation = compilation.WithOptions(configure(compilation.Options));
        GeneratorHarness.CreateDriver([Vendor]).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        return diagnostics.Where(d => d.Id.StartsWith("CG", System.StringComparison.Ordinal)).ToList();
    }
}
