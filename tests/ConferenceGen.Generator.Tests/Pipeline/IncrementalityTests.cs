using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Pipeline;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConferenceGen.Generator.Tests.Pipeline;

/// <summary>
/// The generator runs on every keystroke in an IDE: an edit to C# code must not re-run any of its steps, and an
/// edit to a spec must re-emit only what it changes. Checked through the driver's step reasons, not timings.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly string[] TrackedSteps =
    [
        ConferenceGenGenerator.Steps.Inputs,
        ConferenceGenGenerator.Steps.Models,
        ConferenceGenGenerator.Steps.Units,
        ConferenceGenGenerator.Steps.Diagnostics,
    ];

    [Fact]
    public void Editing_unrelated_csharp_code_leaves_every_step_cached()
    {
        var driver = GeneratorHarness.CreateDriver([GeneratorHarness.ProjectSpec("twilio.yaml")]);
        var compilation = GeneratorHarness.CreateCompilation("class UserCode { }");
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("class UserCode { int _edited; }", GeneratorHarness.ParseOptions, path: "User.cs"));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(edited);

        var run = driver.GetRunResult().Results.Single();
        foreach (var step in TrackedSteps)
        {
            var outputs = run.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }

        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Running_again_on_the_same_inputs_produces_equal_models()
    {
        var first = GeneratorHarness.Run(GeneratorHarness.ProjectSpec("twilio.yaml"));
        var second = GeneratorHarness.Run(GeneratorHarness.ProjectSpec("twilio.yaml"));

        Assert.Equal(first.Sources, second.Sources);
        var firstModel = first.RunResult.Results.Single().TrackedSteps[ConferenceGenGenerator.Steps.Models].Single().Outputs.Single().Value;
        var secondModel = second.RunResult.Results.Single().TrackedSteps[ConferenceGenGenerator.Steps.Models].Single().Outputs.Single().Value;
        Assert.Equal(firstModel, secondModel);
    }

    [Fact]
    public void Editing_one_operation_of_a_spec_re_emits_only_the_files_it_changes()
    {
        var (units, changed) = UnitsAfterEdit(GeneratorHarness.ProjectSpec("twilio.yaml"), "summary: Update conference", "summary: Update a conference");

        var modified = Assert.Single(changed);
        Assert.EndsWith(".TwilioClient.UpdateConferenceAsync.g.cs", ConferenceGen.Generator.Emitting.HintNames.Of((ConferenceGen.Generator.Model.GeneratedUnit)modified.Value), System.StringComparison.Ordinal);
        Assert.All(units.Except(changed), o => Assert.True(o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, o.Reason.ToString()));
    }

    [Fact]
    public void Editing_the_schema_of_one_body_overload_re_emits_only_its_type()
    {
        var (units, changed) = UnitsAfterEdit(
            Constructs.ConstructSpecs.Load("body-overloads.yaml"),
            "files[1]: {type: string, contentEncoding: binary}",
            "files[1]: {type: string, contentEncoding: binary, description: A second file.}");

        var modified = Assert.Single(changed);
        Assert.EndsWith(".CreateMessageMultipartRequest.g.cs", ConferenceGen.Generator.Emitting.HintNames.Of((ConferenceGen.Generator.Model.GeneratedUnit)modified.Value), System.StringComparison.Ordinal);
        Assert.Contains(units, o => ConferenceGen.Generator.Emitting.HintNames.Of((ConferenceGen.Generator.Model.GeneratedUnit)o.Value).EndsWith(".CreateMessageAsync.Multipart.g.cs", System.StringComparison.Ordinal));
        Assert.All(units.Except(changed), o => Assert.True(o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, o.Reason.ToString()));
    }

    /// <summary>Runs the generator, replaces <paramref name="text"/> in the spec, runs it again: the units of the second run, and those it changed.</summary>
    private static (List<(object Value, IncrementalStepRunReason Reason)> Units, List<(object Value, IncrementalStepRunReason Reason)> Changed) UnitsAfterEdit(SpecFile spec, string text, string replacement)
    {
        var driver = GeneratorHarness.CreateDriver([spec], out var texts);
        var compilation = GeneratorHarness.CreateCompilation();
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);

        var edited = spec.Text.Replace(text, replacement, System.StringComparison.Ordinal);
        Assert.NotEqual(spec.Text, edited);
        driver = (CSharpGeneratorDriver)driver.ReplaceAdditionalText(texts.Single(), new TestAdditionalText(spec.Path, edited));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);

        var units = driver.GetRunResult().Results.Single().TrackedSteps[ConferenceGenGenerator.Steps.Units].SelectMany(s => s.Outputs).ToList();
        return (units, units.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToList());
    }
}
