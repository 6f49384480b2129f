using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Pipeline;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Testing;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Diagnostics;

/// <summary>
/// Every diagnostic ID is documented in docs/diagnostics.md, tracked in the analyzer release files, links to its
/// entry when the generator was built with a repository URL (DiagnosticHelpLinksTests), and is reported at the place in the spec that caused it (0-based line and column here; the IDE shows
/// them 1-based).
/// </summary>
public sealed class DiagnosticCatalogueTests
{
    /// <summary>Every descriptor the generator declares, found by reflection so that no list is kept by hand.</summary>
    private static readonly DiagnosticDescriptor[] All = typeof(DiagnosticDescriptors)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\n";

    [Fact]
    public void Every_diagnostic_has_an_entry_in_the_catalogue_with_its_severity_and_links_to_it_when_it_can()
    {
        var catalogue = File.ReadAllText(Path.Combine(RepositoryFolder.Root, "docs", "diagnostics.md"));

        foreach (var descriptor in All)
        {
            Assert.Contains("\n## " + descriptor.Id + "\n", catalogue, StringComparison.Ordinal);
            var row = Regex.Match(catalogue, $@"^\| \[{descriptor.Id}\]\(#{descriptor.Id.ToLowerInvariant()}\) \| (\w+) \| (.+) \|$", RegexOptions.Multiline);
            Assert.True(row.Success, $"{descriptor.Id} has no row in the table.");
            Assert.Equal(descriptor.DefaultSeverity.ToString().ToLowerInvariant(), row.Groups[1].Value);
            Assert.Equal(descriptor.Title.ToString(), row.Groups[2].Value);
            Assert.Equal(DiagnosticHelpLinks.For(descriptor.Id), descriptor.HelpLinkUri);
        }

        var documented = Regex.Matches(catalogue, @"^## (CG\d{4})$", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.Equal(All.Select(d => d.Id).Order(), documented.Order());
    }

    [Fact]
    public void Every_diagnostic_is_tracked_in_the_analyzer_release_files_with_its_category_severity_and_title()
    {
        var releases = File.ReadAllText(Path.Combine(RepositoryFolder.Root, "generator", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(RepositoryFolder.Root, "generator", "AnalyzerReleases.Unshipped.md"));
        var rows = Regex.Matches(releases, @"^(CG\d{4}) \| (\w+) \| (\w+) \| (.+)$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => (Category: m.Groups[2].Value, Severity: m.Groups[3].Value, Notes: m.Groups[4].Value.Trim()));

        Assert.Equal(All.Select(d => d.Id).Order(), rows.Keys.Order());
        foreach (var descriptor in All)
        {
            Assert.Equal((descriptor.Category, descriptor.DefaultSeverity.ToString(), descriptor.Title.ToString()), rows[descriptor.Id]);
        }
    }

    [Fact]
    public void Every_message_format_says_what_is_wrong_with_more_than_a_placeholder()
    {
        foreach (var descriptor in All)
        {
            var format = descriptor.MessageFormat.ToString();
            Assert.True(Regex.Replace(format, @"\{\d\}", string.Empty).Trim(' ', ';', ':', '.').Length > 0, $"{descriptor.Id} has the bare format '{format}'.");
        }
    }

    public static TheoryData<string, string, int, int> Located => new()
    {
        // id, spec, line and column of the reported place
        { "CG0003", Header + "paths:\n  /a:\n    get:\n      deprecated: sometimes\n      responses: {'200': {description: OK}}\n", 6, 18 },
        { "CG0004", Header + "paths: {}\ncomponents:\n  schemas:\n    User:\n      type: object\n      properties:\n        address: {$ref: '#/components/schemas/Adress'}\n", 9, 24 },
        { "CG0005", Header + "paths: {}\ncomponents:\n  securitySchemes:\n    signature: {type: http, scheme: signature}\n", 6, 4 },
        { "CG0006", Header + "paths:\n  /a:\n    get: {operationId: same, responses: {'200': {description: OK}}}\n  /b:\n    get: {operationId: same, responses: {'200': {description: OK}}}\n", 7, 4 },
        { "CG0007", Header + "paths:\n  /search#calls:\n    get:\n      responses: {'200': {description: OK}}\n  /calls:\n    get:\n      responses: {'200': {description: OK}}\n", 5, 4 },
        { "CG0008", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers:\n  - url: 'https://{space}.example.com'\n    variables:\n      space: {description: Your space}\npaths: {}\n", 5, 6 },
    };

    [Theory]
    [MemberData(nameof(Located))]
    public void Each_diagnostic_points_at_the_place_in_the_spec_that_caused_it(string id, string spec, int line, int column)
    {
        var result = GeneratorHarness.Run(new SpecFile("/project/specs/api.yaml", spec));

        var diagnostic = result.GeneratorDiagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, result.Describe(result.GeneratorDiagnostics));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/specs/api.yaml", span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
    }

    [Fact]
    public void A_failure_inside_the_generator_becomes_CG0009_naming_the_spec_and_the_place_instead_of_an_exception()
    {
        // Settings no MSBuild input can produce (no client name) make the model builder fail.
        var input = new SpecInput("/project/specs/api.yaml", Header + "paths: {}\n", new SpecSettings("Tests", null!, Visibility.Public));

        var model = SpecProcessor.Process(input, CancellationToken.None);

        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal("CG0009", diagnostic.Id);
        var message = DiagnosticFactory.Create(diagnostic).GetMessage();
        Assert.Contains("'api.yaml'", message, StringComparison.Ordinal);
        Assert.Contains("[at ", message, StringComparison.Ordinal);
        Assert.Empty(model.Units);
    }
}
