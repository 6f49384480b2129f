using System;
using System.Linq;
using ConferenceGen.Generator.Pipeline;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConferenceGen.Generator.Tests.Corpus;

/// <summary>The step reasons on a large real spec: an edit of one operation of Twilio 2010 re-emits only that operation's file.</summary>
public sealed class CorpusIncrementalityTests
{
    [SkippableFact]
    public void Editing_one_operation_of_twilio_2010_leaves_the_other_files_unchanged()
    {
        var spec = CorpusSpecs.Load("twilio/twilio_api_v2010.json");
        var driver = GeneratorHarness.CreateDriver([spec], out var texts);
        var compilation = GeneratorHarness.CreateCompilation("class UserCode { }");
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);

        var edited = spec.Text.Replace("\"summary\": \"Retrieves a collection of calls made to and from your account\"", "\"summary\": \"Lists calls\"", StringComparison.Ordinal);
        Assert.NotEqual(spec.Text, edited);
        driver = (CSharpGeneratorDriver)driver.ReplaceAdditionalText(texts.Single(), new TestAdditionalText(spec.Path, edited));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);

        var units = driver.GetRunResult().Results.Single().TrackedSteps[ConferenceGenGenerator.Steps.Units].SelectMany(s => s.Outputs).ToList();
        var changed = units.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToList();
        Assert.Equal(466, units.Count);
        Assert.EndsWith(".ListCallAsync.g.cs", ConferenceGen.Generator.Emitting.HintNames.Of((ConferenceGen.Generator.Model.GeneratedUnit)Assert.Single(changed).Value), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Editing_csharp_code_next_to_twilio_2010_runs_nothing()
    {
        var spec = CorpusSpecs.Load("twilio/twilio_api_v2010.json");
        var driver = GeneratorHarness.CreateDriver([spec]);
        var compilation = GeneratorHarness.CreateCompilation("class UserCode { }");
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText("class UserCode { void M() { } }", GeneratorHarness.ParseOptions, path: "User.cs"));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(edited);

        var run = driver.GetRunResult().Results.Single();
        // The C# target is read from the new compilation on every edit (a few type lookups); it comes out equal, so
        // everything after it is cached.
        var target = Assert.Single(run.TrackedSteps[ConferenceGenGenerator.Steps.Target].SelectMany(s => s.Outputs));
        Assert.True(target.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, target.Reason.ToString());
        // (The compilation itself is an input step of its own, modified by the edit.)
        Assert.All(run.TrackedSteps.Where(s => s.Key != ConferenceGenGenerator.Steps.Target && s.Key != WellKnownGeneratorInputs.Compilation).SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        // Every file's output is cached; the one output of the compilation as a whole (polyfills, CG0016) sees the
        // re-read target as Unchanged, and adds nothing.
        var outputs = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        var notCached = outputs.Where(o => o.Reason != IncrementalStepRunReason.Cached).ToList();
        Assert.True(notCached.Count <= 1 && notCached.All(o => o.Reason == IncrementalStepRunReason.Unchanged), string.Join(", ", notCached.Select(o => o.Reason)));
        Assert.True(outputs.Count > 466, outputs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
