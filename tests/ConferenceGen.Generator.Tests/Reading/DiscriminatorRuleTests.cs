using System;
using System.Linq;
using ConferenceGen.Generator.Tests.Constructs;
using ConferenceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Reading;

/// <summary>
/// A discriminator whose property the schema does not require is reported naming the schema — its component
/// name, or its pointer — at the discriminator, with what the generated code makes of it (discriminators.yaml).
/// </summary>
public sealed class DiscriminatorRuleTests
{
    private static Diagnostic[] Reported() =>
        GeneratorHarness.Run(ConstructSpecs.Load("discriminators.yaml")).GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToArray();

    private static int LineOf(string text) =>
        Array.FindIndex(System.IO.File.ReadAllLines(System.IO.Path.Combine(AppContext.BaseDirectory, "Constructs", "specs", "discriminators.yaml")), line => line == text);

    [Fact]
    public void An_inline_union_is_named_by_its_pointer_at_its_discriminator()
    {
        var union = Reported()[0];

        Assert.Equal("CG0008", union.Id);
        Assert.Equal(DiagnosticSeverity.Info, union.Severity);
        Assert.Equal(
            "Invalid spec content was repaired: the schema at #/paths/~1shapes/get/responses/200/content/application~1json/schema/items does not list its discriminator property 'shapeType' in 'required'; "
            + "the union still chooses its alternative by that property; a value without it is none of the alternatives the discriminator names",
            union.GetMessage());
        Assert.Equal(LineOf("                  discriminator:"), union.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_component_is_named_by_its_name_at_its_discriminator()
    {
        var component = Reported()[1];

        Assert.Equal("CG0008", component.Id);
        Assert.Equal(
            "Invalid spec content was repaired: the schema 'Shape' does not list its discriminator property 'shapeType' in 'required'; the discriminator is not used by the generated class",
            component.GetMessage());
        Assert.Equal(LineOf("      discriminator:"), component.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Nothing_else_is_reported() => Assert.Equal(2, Reported().Length);
}
