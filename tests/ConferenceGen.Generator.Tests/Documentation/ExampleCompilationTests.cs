using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ConferenceGen.Testing;
using ConferenceGen.Testing.Documentation;
using Microsoft.CodeAnalysis;
using SharpYaml.Serialization;

namespace ConferenceGen.Generator.Tests.Documentation;

/// <summary>
/// Every fenced block of README.md and docs/ is checked for what it is. C# compiles as the page shows it, in the
/// project a reader has (<see cref="ExampleProject"/>): with the using directives the page shows and a console app's
/// implicit ones, and with the names the page declares before it (<see cref="ExampleProgram"/>), warnings included.
/// Project file lines are XML whose ConferenceGen items, metadata and properties the package reads; spec excerpts
/// read as YAML or JSON (DocumentationTests finds both in the projects and specs the tests build). Other blocks say
/// what they are by their fence's language (shell commands, output, a page shown as an example), and C# that is
/// not meant to compile alone (excerpts of generated code) says so in an HTML comment on the line before it:
/// <c>&lt;!-- not compiled: the reason --&gt;</c>, which readers of the page do not see.
/// </summary>
public sealed class ExampleCompilationTests
{
    private static readonly Lazy<IReadOnlyList<DocumentationPage>> Pages = new(DocumentationPage.All);

    private static readonly Lazy<IReadOnlyList<ExampleProblem>> Problems = new(CompileEveryPage);

    public static TheoryData<string, int> Examples(BlockKind kind)
    {
        var examples = new TheoryData<string, int>();
        foreach (var block in Pages.Value.SelectMany(p => p.Blocks).Where(b => b.Kind == kind))
        {
            examples.Add(block.Page, block.FenceLine);
        }

        return examples;
    }

    [Theory]
    [MemberData(nameof(Examples), BlockKind.CSharp)]
    public void Each_CSharp_example_compiles_as_the_page_shows_it(string page, int line)
    {
        var block = Block(page, line);

        var problems = Problems.Value.Where(p => p.Page == page && p.Line >= block.FirstLine && p.Line <= block.LastLine).Distinct().ToList();

        Assert.True(problems.Count == 0, $"The example at {block} does not compile as the page shows it, in a console project with the package and the specs the pages name (ExampleProject), after the examples above it in its section:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void The_examples_together_compile_without_a_problem_outside_their_own_lines()
    {
        var elsewhere = Problems.Value.Where(p => !Pages.Value.SelectMany(page => page.Blocks).Any(b => b.Page == p.Page && p.Line >= b.FirstLine && p.Line <= b.LastLine)).ToList();

        Assert.True(elsewhere.Count == 0, string.Join("\n", elsewhere));
    }

    [Fact]
    public void Every_fenced_block_says_what_it_is()
    {
        var unknown = Pages.Value.SelectMany(p => p.Blocks).Where(b => b.Kind == BlockKind.Unknown).Select(b => $"{b}: ```{b.Language}").ToList();

        Assert.True(unknown.Count == 0, "These blocks name no language the documentation tests check (csharp, xml, yaml, json) or know not to compile (bash, text, markdown); name it, or mark C# that is not meant to compile with <!-- not compiled: the reason --> on the line before:\n" + string.Join("\n", unknown));
    }

    [Theory]
    [MemberData(nameof(Examples), BlockKind.Xml)]
    public void Each_project_file_example_is_XML_whose_ConferenceGen_items_metadata_and_properties_the_package_reads(string page, int line)
    {
        var block = Block(page, line);
        var package = string.Concat(new[] { "ConferenceGen.props", "ConferenceGen.targets" }.Select(f => File.ReadAllText(Path.Combine(RepositoryFolder.Root, "runtime", "build", f))));
        var metadata = Regex.Matches(package, @"CompilerVisibleItemMetadata Include=""AdditionalFiles"" MetadataName=""(\w+)""").Select(m => m.Groups[1].Value)
            .Concat(["Include", "Update", "Remove", "Exclude", "Condition"]).ToHashSet(StringComparer.Ordinal);
        var properties = Regex.Matches(package, @"\$\((ConferenceGen\w+)\)|CompilerVisibleProperty Include=""(ConferenceGen\w+)""").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToHashSet(StringComparer.Ordinal);

        var fragment = XElement.Parse("<Project>" + block.Text + "</Project>");

        foreach (var element in fragment.Descendants())
        {
            var name = element.Name.LocalName;
            if (name == "ConferenceGenSpec")
            {
                Assert.All(element.Attributes(), a => Assert.True(metadata.Contains(a.Name.LocalName), $"{block}: ConferenceGenSpec has no metadata {a.Name.LocalName}; the package reads {string.Join(", ", metadata.Order())}."));
            }
            else if (name.StartsWith("ConferenceGen", StringComparison.Ordinal))
            {
                Assert.True(properties.Contains(name), $"{block}: the package reads no property {name}; it reads {string.Join(", ", properties.Order())}.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Examples), BlockKind.Yaml)]
    public void Each_YAML_example_reads_as_YAML(string page, int line)
    {
        var stream = new YamlStream();

        stream.Load(new StringReader(Block(page, line).Text));

        Assert.NotEmpty(stream.Documents);
    }

    [Fact]
    public void Each_JSON_example_reads_as_JSON()
    {
        foreach (var block in Pages.Value.SelectMany(p => p.Blocks).Where(b => b.Kind == BlockKind.Json))
        {
            using var document = JsonDocument.Parse(block.Text);
        }
    }

    private static FencedBlock Block(string page, int line) => Pages.Value.Single(p => p.Path == page).Blocks.Single(b => b.FenceLine == line);

    // One compilation per set of packages the pages add (most add none), holding the programs of those pages.
    private static List<ExampleProblem> CompileEveryPage()
    {
        var problems = new List<ExampleProblem>();
        foreach (var group in Pages.Value.GroupBy(page => string.Join(";", ExampleProject.PackagesAddedBy(page))))
        {
            var programs = group.SelectMany(ExampleProgram.Of).ToList();
            problems.AddRange(programs.SelectMany(p => p.Unsupported().Concat(p.SyntaxProblems())));
            var compilation = ExampleProject.Compile(programs.Select((program, number) => program.ToSyntaxTree(number)), ExampleProject.PackagesAddedBy(group.First()));
            foreach (var diagnostic in compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning))
            {
                problems.Add(ExampleProblem.Mapped(diagnostic) ?? new ExampleProblem(diagnostic.Location.GetLineSpan().Path, 0, 0, diagnostic.Severity.ToString().ToLowerInvariant(), diagnostic.Id, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return problems;
    }
}
