using System;
using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Pipeline;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static ConferenceGen.Generator.Tests.Reading.Bundling.ExternalReferenceTests;
using static ConferenceGen.Generator.Tests.Reading.Bundling.SplitSpec;

namespace ConferenceGen.Generator.Tests.Pipeline;

/// <summary>
/// Specs split over several files are as incremental as one-file specs: an edit of a fragment re-generates only the
/// specs that reach it, and re-emits only the files it changes; an edit of C# code re-runs nothing.
/// </summary>
public sealed class SplitSpecIncrementalityTests
{
    // Two split specs and one whole one; each split spec has a fragment of its own, and both use a shared schema.
    private static readonly SpecFile[] Project = Files(
        ("orders.yaml", Header + "paths:\n  /orders: {$ref: 'paths/orders.yaml'}\n"),
        ("users.yaml", Header + "paths:\n  /users: {$ref: 'paths/users.yaml'}\n"),
        ("whole.yaml", Header + "paths:\n  /ping:\n" + Indent(Operation("ping", null), 4)),
        ("paths/orders.yaml", Operation("listOrders", "../schemas/Order.yaml") + "post:\n  operationId: createOrder\n  responses:\n    '201': {description: Created, content: {application/json: {schema: {$ref: '../schemas/Error.yaml'}}}}\n"),
        ("paths/users.yaml", Operation("listUsers", "../schemas/Error.yaml")),
        ("schemas/Order.yaml", "type: object\nproperties:\n  id: {type: string, description: The order.}\n"),
        ("schemas/Error.yaml", "type: object\nproperties:\n  message: {type: string}\n"));

    [Fact]
    public void Editing_a_fragment_regenerates_only_the_spec_that_reaches_it_and_only_the_files_it_changes()
    {
        var driver = Edit("schemas/Order.yaml", "description: The order.", "description: The order, as placed.");

        var sources = Outputs(driver, ConferenceGenGenerator.Steps.Sources);
        Assert.Equal(7, sources.Count);
        Assert.Single(sources, o => o.Reason == IncrementalStepRunReason.Modified);

        var models = Outputs(driver, ConferenceGenGenerator.Steps.Models);
        Assert.Equal(3, models.Count);
        var modified = Assert.Single(models, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(((SpecResult)modified.Value).Units, unit => unit.Scope.SpecPath.EndsWith("orders.yaml", StringComparison.Ordinal));
        Assert.Equal(2, models.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        var units = Outputs(driver, ConferenceGenGenerator.Steps.Units);
        var changed = Assert.Single(units, o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Assert.EndsWith(".Orders.Order.g.cs", ConferenceGen.Generator.Emitting.HintNames.Of((GeneratedUnit)changed.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_fragment_that_two_specs_share_regenerates_both_and_not_the_third()
    {
        var driver = Edit("schemas/Error.yaml", "message: {type: string}", "message: {type: string, description: What went wrong.}");

        var models = Outputs(driver, ConferenceGenGenerator.Steps.Models);
        Assert.Equal(2, models.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Single(models, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_a_spec_that_refers_to_no_file_leaves_the_split_specs_cached()
    {
        var driver = Edit("whole.yaml", "operationId: ping", "operationId: pingServer");

        var specs = Outputs(driver, ConferenceGenGenerator.Steps.Specs);
        Assert.Equal(2, specs.Count(o => o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached));
        var models = Outputs(driver, ConferenceGenGenerator.Steps.Models);
        Assert.Single(models, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(2, models.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_unrelated_csharp_code_leaves_every_step_of_split_specs_cached()
    {
        var driver = GeneratorHarness.CreateDriver(Project);
        var compilation = GeneratorHarness.CreateCompilation("class UserCode { }");
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("class UserCode { int _edited; }", GeneratorHarness.ParseOptions, path: "User.cs"));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(edited);

        foreach (var step in new[] { ConferenceGenGenerator.Steps.Sources, ConferenceGenGenerator.Steps.Library, ConferenceGenGenerator.Steps.Specs, ConferenceGenGenerator.Steps.Models, ConferenceGenGenerator.Steps.Units })
        {
            var outputs = Outputs(driver, step);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }

        var run = driver.GetRunResult().Results.Single();
        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    /// <summary>Runs the generator on the project, replaces text in one file, and runs it again.</summary>
    private static CSharpGeneratorDriver Edit(string file, string text, string replacement)
    {
        var driver = GeneratorHarness.CreateDriver(Project, out var texts);
        var compilation = GeneratorHarness.CreateCompilation();
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        var target = texts.Single(t => t.Path == "/project/specs/" + file);
        var before = target.GetText()!.ToString();
        var after = before.Replace(text, replacement, StringComparison.Ordinal);
        Assert.NotEqual(before, after);
        driver = (CSharpGeneratorDriver)driver.ReplaceAdditionalText(target, new TestAdditionalText(target.Path, after));
        return (CSharpGeneratorDriver)driver.RunGenerators(compilation);
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(CSharpGeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
}
