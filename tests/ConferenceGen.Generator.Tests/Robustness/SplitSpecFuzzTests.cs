using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConferenceGen.Generator.Tests.Infrastructure;
using CsCheck;
using Xunit.Abstractions;

namespace ConferenceGen.Generator.Tests.Robustness;

/// <summary>
/// Property: a spec split over randomly wired files — references to files that exist, that do not, that sit outside
/// the spec's folder, URLs, absolute paths, pointers that name nothing, references back into the spec, and cycles of
/// any length across files — ends in diagnostics and/or code that compiles without a warning; never an exception, a
/// CG0009 or a hang. Each CG0017 points at a <c>$ref</c> written in the file it names, and no file outside the folder
/// is ever read. CsCheck generates the folders and shrinks a failure; CONFERENCEGEN_FUZZ_ITERATIONS sets how many run.
/// </summary>
public sealed class SplitSpecFuzzTests(ITestOutputHelper output)
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: Fuzz, version: '1'}\nservers: [{url: 'https://api.example.com'}]\n";

    // A file beside the project's specs/ folder, which a reference may name but must never reach.
    private static readonly SpecFile Outside = new(
        "/project/outside.yaml",
        "type: object\nproperties: {leakedSecret: {type: string}}\n",
        new Dictionary<string, string> { ["ConferenceGenRoot"] = "/project/", ["ConferenceGenSpec"] = "false", ["ConferenceGenFragment"] = "true" });

    private static readonly string[] Folders = ["", "a/", "a/b/", "c/"];

    [Fact]
    public void Randomly_wired_split_specs_end_in_diagnostics_or_compiling_code_and_never_leave_their_folder()
    {
        var iterations = long.TryParse(Environment.GetEnvironmentVariable("CONFERENCEGEN_FUZZ_ITERATIONS"), out var configured) && configured > 0 ? configured : 200;
        var (cases, reported, compiled) = (0, 0, 0);
        var folders =
            from count in Gen.Int[1, 5]
            from kinds in Gen.Int[0, 3].Array[count]
            from places in Gen.Int[0, Folders.Length - 1].Array[count]
            from targets in Gen.Int[0, 9].Array[count * 2 + 1]
            from picks in Gen.Int[0, count - 1].Array[count * 2 + 1]
            select new SplitFolder(kinds, places, targets, picks);

        folders.Sample(
            folder =>
            {
                var files = folder.Files();
                var result = GeneratorHarness.RunWithin(files.Append(Outside).ToArray(), TimeSpan.FromSeconds(60));
                Interlocked.Increment(ref cases);

                foreach (var failure in result.GeneratorDiagnostics.Where(d => d.Id == "CG0017"))
                {
                    // At a $ref's value, in the file that holds it.
                    var span = failure.Location.GetLineSpan();
                    var file = Assert.Single(files, f => f.Path == span.Path);
                    var at = failure.Location.SourceSpan;
                    var value = file.Text.Substring(at.Start, at.Length).Trim('\'', '"');
                    Assert.Contains("$ref: '" + value + "'", file.Text, StringComparison.Ordinal);
                    Interlocked.Increment(ref reported);
                }

                Assert.DoesNotContain(result.Sources.Values, source => source.Contains("LeakedSecret", StringComparison.Ordinal));
                Assert.True(result.Sources.Count > 0, folder + "\n" + result.Describe(result.GeneratorDiagnostics));
                Assert.True(result.CompileProblems.Count == 0, folder + "\n" + result.Describe(result.CompileProblems));
                Interlocked.Increment(ref compiled);
            },
            writeLine: output.WriteLine,
            iter: iterations,
            threads: Environment.ProcessorCount,
            print: folder => folder.ToString());

        output.WriteLine($"{cases} split specs: {compiled} compiled clean, {reported} references reported as CG0017.");
        Assert.True(cases >= iterations, $"Only {cases} of {iterations} cases ran.");
    }

    /// <summary>
    /// One folder: the spec api.yaml and fragments f0…fn in sub-folders, of four kinds (a schema with properties, a
    /// plain reference, a path item, a components file), each reference aimed by plain numbers so CsCheck can shrink.
    /// </summary>
    private sealed record SplitFolder(int[] Kinds, int[] Places, int[] Targets, int[] Picks)
    {
        public SpecFile[] Files()
        {
            var next = 0;
            string Target(string from) => this.Target(from, next++);
            var files = new List<SpecFile>();
            var entry = new System.Text.StringBuilder(Header + "paths:\n");
            for (var i = 0; i < Kinds.Length; i++)
            {
                entry.Append(Kinds[i] == 2
                    ? $"  /p{i}: {{$ref: '{Path(string.Empty, i)}'}}\n"
                    : $"  /p{i}:\n    get:\n      operationId: get{i}\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema: {{$ref: '{Path(string.Empty, i)}{Pointer(i)}'}}\n");
            }

            entry.Append("  /extra:\n    get:\n      operationId: getExtra\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema: {$ref: '" + Target(string.Empty) + "'}\n");
            entry.Append("components:\n  schemas:\n    Base: {type: object, properties: {id: {type: string}}}\n");
            files.Add(File("api.yaml", entry.ToString()));

            for (var i = 0; i < Kinds.Length; i++)
            {
                var from = Folders[Places[i]];
                var text = Kinds[i] switch
                {
                    0 => $"type: object\nproperties:\n  a: {{$ref: '{Target(from)}'}}\n  b: {{type: array, items: {{$ref: '{Target(from)}'}}}}\n",
                    1 => $"$ref: '{Target(from)}'\n",
                    2 => $"get:\n  operationId: path{i}\n  responses:\n    '200':\n      description: OK\n      content:\n        application/json:\n          schema: {{$ref: '{Target(from)}'}}\n",
                    _ => $"components:\n  schemas:\n    X: {{$ref: '{Target(from)}'}}\n    Y: {{type: object, properties: {{x: {{$ref: '#/components/schemas/X'}}}}}}\n",
                };
                files.Add(File(from + "f" + i + ".yaml", text));
            }

            return files.ToArray();
        }

        public override string ToString() =>
            $"kinds [{string.Join(",", Kinds)}] places [{string.Join(",", Places)}] targets [{string.Join(",", Targets)}] picks [{string.Join(",", Picks)}]";

        private static SpecFile File(string path, string text) =>
            new("/project/specs/" + path, text, new Dictionary<string, string> { ["ConferenceGenRoot"] = "/project/specs/" });

        /// <summary>The relative path from a folder to fragment <paramref name="i"/>.</summary>
        private string Path(string from, int i)
        {
            var up = string.Concat(Enumerable.Repeat("../", from.Count(c => c == '/')));
            return "./" + up + Folders[Places[i]] + "f" + i + ".yaml";
        }

        private string Pointer(int i) => Kinds[i] == 3 ? "#/components/schemas/Y" : string.Empty;

        /// <summary>Reference number <paramref name="n"/>, written in a file of folder <paramref name="from"/>.</summary>
        private string Target(string from, int n)
        {
            var target = Targets[n % Targets.Length];
            var pick = Picks[n % Picks.Length] % Kinds.Length;
            var up = string.Concat(Enumerable.Repeat("../", from.Count(c => c == '/')));
            return target switch
            {
                0 or 1 or 2 => Path(from, pick) + Pointer(pick),
                3 => up + "missing.yaml",
                4 => up + "../outside.yaml",
                5 => "https://example.com/schemas/Thing.yaml",
                6 => "/project/specs/f0.yaml",
                7 => up + "api.yaml#/components/schemas/Base",
                8 => Path(from, pick) + "#/nothing/here",
                _ => "#",
            };
        }
    }
}
