using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ConferenceGen.Testing;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// Each diagnostic docs/diagnostics.md shows is what a build through the package prints: one build of the specs in
/// DiagnosticExamples/ (and of Bandwidth Catapult's reference page from the seeds), compared line by line from the
/// spec's path to the end of the message. MSBuild writes the path in full and adds the help link and the project,
/// which the page leaves out; the help links are checked on their own (DiagnosticHelpLinkTests).
/// </summary>
public sealed class DiagnosticExamplesTests : IClassFixture<DiagnosticExamplesBuild>
{
    private readonly DiagnosticExamplesBuild _build;

    public DiagnosticExamplesTests(DiagnosticExamplesBuild build) => _build = build;

    public static TheoryData<string> Examples()
    {
        var examples = new TheoryData<string>();
        foreach (var line in ExampleLines())
        {
            examples.Add(line);
        }

        return examples;
    }

    /// <summary>The quoted output lines of docs/diagnostics.md.</summary>
    private static List<string> ExampleLines() =>
        Regex.Matches(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "docs", "diagnostics.md")), @"^> `(?<line>[^`]+?\(\d+,\d+\): (?:error|warning|info) CG\d{4}: [^`]+)`$", RegexOptions.Multiline)
            .Select(m => m.Groups["line"].Value)
            .ToList();

    [Fact]
    public void The_page_shows_an_example_of_most_diagnostics()
    {
        // All but CG0009 (the generator failing, which no spec should cause) and CG0014 (a README among the specs, which prints nothing but an info).
        var shown = ExampleLines().Select(line => Regex.Match(line, @"CG\d{4}").Value).Distinct().Order();

        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"CG{i:D4}").Except(["CG0009", "CG0014"]), shown);
    }

    [Fact]
    public void The_help_links_lead_into_the_repository_the_package_names_or_there_are_none()
    {
        var repository = PackedRepository.Url(_build.PackagePath);

        if (repository is null)
        {
            Assert.True(_build.HelpLinks.Count == 0, "The package names no repository, yet the build printed help links:\n" + string.Join("\n", _build.HelpLinks.Distinct()));
        }
        else
        {
            Assert.NotEmpty(_build.HelpLinks);
            Assert.All(_build.HelpLinks, link => Assert.Matches("^" + Regex.Escape(Regex.Replace(repository, @"\.git$", string.Empty)) + @"/blob/[0-9a-f]+/docs/diagnostics\.md#cg\d{4}$", link));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Examples))]
    public void Each_example_is_the_line_the_build_prints_for_its_spec(string example)
    {
        var spec = example[..example.IndexOf('(', StringComparison.Ordinal)];
        Skip.If(DiagnosticExamplesBuild.SeedPages.ContainsKey(spec) && _build.SeedsMissing, $"{spec} is a vendor's page from ../shared/seeds, and CONFERENCEGEN_SEEDS is not set (.ci/run sets it).");

        Assert.True(_build.Lines.Contains(example), $"The build printed no such line:\n{example}\n\nIt printed, for {spec}:\n{string.Join("\n", _build.Lines.Where(l => l.StartsWith(spec + "(", StringComparison.Ordinal)))}");
    }
}

/// <summary>
/// The one build of the examples: a console project with DiagnosticExamples/specs in its specs/ folder and the item
/// metadata two examples need, and beside it a project that compiles C# 7.3 (CG0016 stops all generation, so it cannot
/// share a project with the rest), both in one `dotnet build` of a solution, at detailed verbosity so that infos are printed.
/// </summary>
public sealed class DiagnosticExamplesBuild : IAsyncLifetime
{
    /// <summary>Specs that are vendors' pages from the seeds, never copied into this repository.</summary>
    public static readonly IReadOnlyDictionary<string, string> SeedPages = new Dictionary<string, string>
    {
        ["specs/bandwidth-catapult.md"] = "001_9bae75b1912ae2ef.txt",
        // SignalWire's operation as Fern-built docs render it: no request line (CG0019).
        ["specs/fern/update.md"] = "004_443823f53fe4c0e9.txt",
        // A page that embeds its OpenAPI document, saved without its line breaks (CG0020).
        ["specs/saved/update-conference.md"] = "002_577c9373dfc441e9.txt",
    };

    private readonly PackageFeed _feed = new();

    /// <summary>The CG diagnostics the build printed, each from its spec's path under its project to the end of the message.</summary>
    public HashSet<string> Lines { get; } = new(StringComparer.Ordinal);

    /// <summary>The help links the build printed after the messages.</summary>
    public List<string> HelpLinks { get; } = [];

    public bool SeedsMissing { get; private set; }

    public string Output { get; private set; } = string.Empty;

    public string PackagePath => _feed.PackagePath;

    public async Task InitializeAsync()
    {
        await _feed.InitializeAsync();
        var examples = Path.Combine(_feed.RepositoryRoot, "tests", "ConferenceGen.Package.Tests", "DiagnosticExamples");

        var consumer = _feed.NewConsumer("diagnostic-examples/Consumer");
        consumer.WriteProject(
            extraItems: """
                <ConferenceGenSpec Update="specs/telephony.yaml" IncludeTags="conference" />
                <ConferenceGenSpec Update="specs/a.yaml;specs/b.yaml" Namespace="Acme" ClientName="Api" />
                """,
            extraProperties: "<TreatWarningsAsErrors>false</TreatWarningsAsErrors>");
        CopySpecs(Path.Combine(examples, "specs"), consumer);
        consumer.WriteFile("Program.cs", "Console.WriteLine(\"examples\");");
        var seeds = Environment.GetEnvironmentVariable("CONFERENCEGEN_SEEDS");
        SeedsMissing = string.IsNullOrEmpty(seeds);
        foreach (var (page, seed) in SeedPages)
        {
            if (!SeedsMissing)
            {
                consumer.WriteFile(page, File.ReadAllText(Path.Combine(seeds!, seed)));
            }
        }

        var old = _feed.NewConsumer("diagnostic-examples/OldCSharp");
        old.WriteProject(extraProperties: "<LangVersion>7.3</LangVersion>", outputType: "Library", nullable: "disable", implicitUsings: "disable");
        CopySpecs(Path.Combine(examples, "csharp-7.3", "specs"), old);
        File.Move(Path.Combine(old.Directory, "Consumer.csproj"), Path.Combine(old.Directory, "OldCSharp.csproj")); // a solution names each project once

        var solution = Path.GetDirectoryName(consumer.Directory)!;
        File.WriteAllText(Path.Combine(solution, "Examples.slnx"), "<Solution>\n  <Project Path=\"Consumer/Consumer.csproj\" />\n  <Project Path=\"OldCSharp/OldCSharp.csproj\" />\n</Solution>\n");
        var (_, output) = await ProcessRunner.RunAsync(solution, "dotnet", "build Examples.slnx -c Release --nologo -v:detailed");
        Output = output;

        var projects = new[] { consumer.Directory, old.Directory };
        foreach (var line in output.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var project = projects.FirstOrDefault(p => line.Contains(p + "/", StringComparison.Ordinal));
            if (project is null || !Regex.IsMatch(line, @"\(\d+,\d+\): (?:error|warning|info) CG\d{4}: "))
            {
                continue;
            }

            var diagnostic = Regex.Replace(line[(line.IndexOf(project + "/", StringComparison.Ordinal) + project.Length + 1)..], @" \[[^\[\]]+\.csproj\]$", string.Empty);
            var link = Regex.Match(diagnostic, @" \((?<link>https?://[^\s()]+)\)$");
            if (link.Success)
            {
                HelpLinks.Add(link.Groups["link"].Value);
                diagnostic = diagnostic[..link.Index];
            }

            Lines.Add(diagnostic);
        }

        Assert.True(Lines.Count > 0, "The build printed no CG diagnostic:\n" + output);
    }

    public Task DisposeAsync() => _feed.DisposeAsync();

    private static void CopySpecs(string from, ConsumerProject to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            to.WriteFile(Path.Combine("specs", Path.GetRelativePath(from, file)), File.ReadAllText(file));
        }
    }
}
