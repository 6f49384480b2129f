using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Pipeline;
using ConferenceGen.Generator.Tests.Corpus;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Model;

/// <summary>
/// The model says what the API means and nothing else: walked member by member for real specs, it holds no
/// OpenAPI.NET, JSON-node or Roslyn object (which would keep a spec's whole document alive between runs and defeat
/// the incremental cache), only equatable values, and no C#: names are bare identifiers (no <c>@</c> escapes) and no
/// text names a type with <c>global::</c>.
/// </summary>
public sealed class ModelEncapsulationTests
{
    // Strings in members named like this are identifiers the emitters write: bare, with nothing but letters, digits and '_'.
    private static readonly Regex BareIdentifier = new("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    // Names that are wire or spec text, not C# identifiers.
    private static readonly HashSet<string> TextNames = new(StringComparer.Ordinal) { "WireName", "SchemeName", "KeyName", "SpecFileName" };

    private static readonly string[] ForeignNamespaces = ["Microsoft.OpenApi", "Microsoft.CodeAnalysis", "System.Text.Json", "SharpYaml"];

    public static TheoryData<string> CorpusFiles => new(CorpusSpecs.Files);

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles))]
    public void The_model_of_a_corpus_spec_holds_only_equatable_values_and_no_CSharp(string file) =>
        AssertEncapsulated(UnitsOf(CorpusSpecs.Load(file)));

    [Theory]
    [InlineData("twilio.yaml")]
    [InlineData("signalwire.yaml")]
    [InlineData("bandwidth-voice.yaml")]
    [InlineData("bandwidth-catapult.yaml")]
    public void The_model_of_a_vendor_spec_holds_only_equatable_values_and_no_CSharp(string file) =>
        AssertEncapsulated(UnitsOf(GeneratorHarness.ProjectSpec(file)));

    [Fact]
    public void A_parameter_named_like_a_keyword_is_bare_in_the_model()
    {
        var spec = new SpecFile("/project/specs/keywords.yaml", """
            openapi: 3.0.3
            info: {title: Keywords, version: '1'}
            paths:
              /items/{class}:
                get:
                  operationId: getItem
                  parameters:
                    - {name: class, in: path, required: true, schema: {type: string}}
                    - {name: namespace, in: query, schema: {type: string}}
                  responses:
                    '204': {description: Done.}
            """);

        var units = UnitsOf(spec);

        var operation = Assert.Single(units.OfType<OperationUnit>()).Operation;
        Assert.Equal(new[] { "class", "namespace" }, operation.Parameters.Select(p => p.Name));
        AssertEncapsulated(units);
    }

    private static List<GeneratedUnit> UnitsOf(SpecFile spec)
    {
        var driver = GeneratorHarness.CreateDriver([spec]).RunGenerators(GeneratorHarness.CreateCompilation("class UserCode { }"));
        var run = driver.GetRunResult().Results.Single();
        var units = new[] { ConferenceGenGenerator.Steps.Units, ConferenceGenGenerator.Steps.MarkdownUnits }
            .Where(run.TrackedSteps.ContainsKey)
            .SelectMany(step => run.TrackedSteps[step])
            .SelectMany(s => s.Outputs)
            .Select(o => (GeneratedUnit)o.Value)
            .ToList();
        Assert.NotEmpty(units);
        return units;
    }

    private static void AssertEncapsulated(IEnumerable<GeneratedUnit> units)
    {
        var problems = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var unit in units)
        {
            Walk(unit, unit.GetType().Name, memberName: null, seen, problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(20)));
    }

    private static void Walk(object? value, string path, string? memberName, HashSet<object> seen, List<string> problems)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (value is string text)
        {
            CheckText(text, path, memberName, problems);
            return;
        }

        if (type.IsPrimitive || type.IsEnum)
        {
            return;
        }

        if (ForeignNamespaces.Any(ns => type.Namespace?.StartsWith(ns, StringComparison.Ordinal) == true))
        {
            problems.Add($"{path} holds a {type.FullName}");
            return;
        }

        if (type.Namespace?.StartsWith("ConferenceGen.Generator", StringComparison.Ordinal) != true)
        {
            problems.Add($"{path} holds a {type.FullName}, which is not a model type");
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (!type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == type))
        {
            problems.Add($"{path} is a {type.Name}, which is not equatable");
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, path + "[" + index++ + "]", memberName, seen, problems);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                Walk(property.GetValue(value), path + "." + property.Name, property.Name, seen, problems);
            }
        }
    }

    private static void CheckText(string text, string path, string? memberName, List<string> problems)
    {
        if (text.Contains("global::", StringComparison.Ordinal))
        {
            problems.Add($"{path} holds C#: {text}");
        }

        var isIdentifier = memberName is not null && memberName.EndsWith("Name", StringComparison.Ordinal) && !TextNames.Contains(memberName);
        if (isIdentifier && !BareIdentifier.IsMatch(text))
        {
            problems.Add($"{path} is not a bare identifier: {text}");
        }
    }
}
