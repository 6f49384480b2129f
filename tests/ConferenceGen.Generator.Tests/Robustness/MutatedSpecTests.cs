using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Constructs;
using ConferenceGen.Generator.Tests.Corpus;
using ConferenceGen.Generator.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace ConferenceGen.Generator.Tests.Robustness;

/// <summary>
/// Property: whatever is done to a real spec (truncated, bytes flipped, lines shuffled, deleted or repeated,
/// hostile text inserted), the generator ends in diagnostics and/or code that compiles without a warning;
/// never an exception, a CG0009 or a hang. CsCheck generates the mutations and shrinks a failure to a small one,
/// reporting its seed. CONFERENCEGEN_FUZZ_ITERATIONS sets how many cases run (docs/robustness.md).
/// </summary>
public sealed class MutatedSpecTests(ITestOutputHelper output)
{
    private const string IterationsVariable = "CONFERENCEGEN_FUZZ_ITERATIONS";

    // Inserted at random places: text that has broken parsers, comments, strings and names before.
    private static readonly string[] Hostile =
    [
        "*/", "</summary>", "\"", "\\", "\n#error injected\n", "}", "{", "[", "]", ":", "- ", "&anchor ", "*anchor", "!!binary ", "? ",
        "$ref: '#/components/schemas/Nope'", "$ref: '#/components/schemas'", "\u202E", "\u2028", "\0", "class", "null", "~", "'", "|\n", ">-\n",
        "\n  type: [string, 'null', object]\n", "\n  enum: []\n", "\n  allOf: [{$ref: '#'}]\n", "9999999999999999999999", "-0.0e-999",

        // Markdown: fences, tables, request lines and headings where they do not belong.
        "\n```\n", "\n```yaml\nopenapi: 3.0.3\n", "\n~~~~\n", " | ", "\n| a | b |\n|---|---|\n", "\n## \n",
        "\n<code class=\"post\">POST</code>`https://x.example/{a}/{`\n", "`", "If `true`", " in milliseconds", "Values are `",
        "\ncurl -X POST https://x.example -d '{\"a\": [1, {\"b\": \"\n",
    ];

    [Fact]
    public void Mutated_project_and_construct_specs_end_in_diagnostics_or_compiling_code()
    {
        var seeds = new[] { "twilio.yaml", "signalwire.yaml", "bandwidth-voice.yaml", "bandwidth-catapult.yaml" }
            .Select(GeneratorHarness.ProjectSpec)
            .Concat(ConstructSpecs.Files.Select(ConstructSpecs.Load))
            .ToArray();

        Check(seeds, Iterations(1_000), compile: _ => true);
    }

    [Fact]
    public void Mutated_markdown_pages_end_in_diagnostics_or_compiling_code()
    {
        // The two layouts: embedded OpenAPI (the SignalWire pages) and reference pages (the seeds, when they are there).
        var seeds = new[] { "signalwire-pages/update-conference.md", "signalwire-pages/retrieve-conference.md" }
            .Select(page => GeneratorHarness.ProjectSpec(page) with { Path = "/project/specs/" + Path.GetFileName(page) })
            .Concat(new[] { SeedPages.BandwidthVoice, SeedPages.Catapult, SeedPages.TwilioRendered, SeedPages.SignalWireFern }.Select(seed => SeedPages.TryLoad(seed, "/project/specs/" + seed.Replace(".txt", ".md", StringComparison.Ordinal))).OfType<SpecFile>())
            .Concat(new[] { SeedPages.TryLoad(SeedPages.SignalWireFern, "/project/specs/signalwire-update.md") }.OfType<SpecFile>().Select(page => page with { Text = MarkdownPages.RenderedPageWireTests.SignalWireFrontMatter + page.Text }))
            .ToArray();

        // A page damaged past recognition is no spec: it is ignored with CG0014, and that is a fine ending too; so is a
        // reference page that lost its request line (CG0019 says what to add), and a page whose embedded document lost
        // its fence (CG0020 says how to save it).
        Check(seeds, Iterations(300), compile: _ => true, ignoredIsFine: true);
    }

    [SkippableFact]
    public void Mutated_corpus_specs_end_in_diagnostics_or_compiling_code()
    {
        var seeds = CorpusSpecs.Files.Select(CorpusSpecs.Load).ToArray();

        // Compiling the Twilio-sized outputs takes seconds each; their generation is checked, their compilation
        // is left to the corpus compilation tests and to the smaller specs here.
        Check(seeds, Iterations(60), compile: spec => spec.Text.Length < 400_000);
    }

    private void Check(SpecFile[] seeds, long iterations, Func<SpecFile, bool> compile, bool ignoredIsFine = false)
    {
        var (cases, unreadable, generated, compiled) = (0, 0, 0, 0);
        var mutations =
            from seed in Gen.Int[0, seeds.Length - 1]
            from kind in Gen.Int[0, 6]
            from at in Gen.Int[0, int.MaxValue - 1]
            from length in Gen.Int[1, 40]
            from pick in Gen.Int[0, Hostile.Length - 1]
            select new Mutation(seeds[seed], kind, at, length, pick);

        mutations.Sample(
            mutation =>
            {
                var spec = mutation.Apply();
                var result = GeneratorHarness.RunWithin(spec, TimeSpan.FromSeconds(60));
                Interlocked.Increment(ref cases);
                if (result.Sources.Count == 0)
                {
                    // A spec whose openapi line is gone is a fragment that no spec uses (CG0018): said, not silent.
                    Assert.Contains(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id == "CG0018" || (ignoredIsFine && d.Id is "CG0014" or "CG0019" or "CG0020"));
                    Interlocked.Increment(ref unreadable);
                    return;
                }

                Interlocked.Increment(ref generated);
                if (compile(spec))
                {
                    Assert.True(result.CompileProblems.Count == 0, $"{mutation}\n{result.Describe(result.CompileProblems)}");
                    Interlocked.Increment(ref compiled);
                }
            },
            writeLine: output.WriteLine,
            iter: iterations,
            threads: Environment.ProcessorCount,
            print: mutation => mutation.ToString());

        output.WriteLine($"{cases} mutated specs: {unreadable} ended in an error diagnostic without code, {generated} generated code, {compiled} of those were compiled clean.");
        Assert.True(cases >= iterations, $"Only {cases} of {iterations} cases ran.");
    }

    private static long Iterations(long fallback) =>
        long.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), out var configured) && configured > 0 ? configured : fallback;

    /// <summary>One change to one spec, chosen by plain numbers so that CsCheck can shrink it.</summary>
    private sealed record Mutation(SpecFile Seed, int Kind, int At, int Length, int Pick)
    {
        private const string Flips = "{}[]:,\"'#&*!|>-? \n\t\\\u00e9\u202E";

        private static readonly string[] Kinds = ["truncate", "flip", "swap-lines", "delete-lines", "repeat-lines", "insert", "indent"];

        public SpecFile Apply()
        {
            var text = Seed.Text;
            var position = At % Math.Max(1, text.Length);
            var lines = text.Split('\n').ToList();
            var line = At % lines.Count;
            var count = Math.Min(Length, lines.Count - line);
            string mutated;
            switch (Kind)
            {
                case 0:
                    mutated = text[..position];
                    break;
                case 1:
                    var chars = text.ToCharArray();
                    for (var i = 0; i < Length && chars.Length > 0; i++)
                    {
                        var where = (int)(((long)At + ((long)i * 7919)) % chars.Length);
                        chars[where] = Flips[(Pick + i) % Flips.Length];
                    }

                    mutated = new string(chars);
                    break;
                case 2:
                    var other = (int)(((long)At * 31) % lines.Count);
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    mutated = string.Join('\n', lines);
                    break;
                case 3:
                    lines.RemoveRange(line, count);
                    mutated = string.Join('\n', lines);
                    break;
                case 4:
                    lines.InsertRange(line + count, lines.GetRange(line, count));
                    mutated = string.Join('\n', lines);
                    break;
                case 5:
                    mutated = text.Insert(position, Hostile[Pick]);
                    break;
                default:
                    lines[line] = new string(' ', Length % 7) + lines[line].TrimStart();
                    mutated = string.Join('\n', lines);
                    break;
            }

            return Seed with { Text = mutated };
        }

        public override string ToString() =>
            $"{Kinds[Kind]} of {Path.GetFileName(Seed.Path)} (at {At}, length {Length}, pick {Pick})";
    }
}
