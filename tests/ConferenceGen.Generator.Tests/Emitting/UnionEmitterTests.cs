using ConferenceGen.Generator.Emitting;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Pipeline;
using Microsoft.CodeAnalysis.CSharp;
using TypeKind = ConferenceGen.Generator.Model.TypeKind;

namespace ConferenceGen.Generator.Tests.Emitting;

/// <summary>
/// A union's <c>TryGetX</c> tells nullable analysis that its value is set when it returns true, where the target has
/// <c>NotNullWhenAttribute</c> (.NET Core 3 and later); netstandard2.0 and .NET Framework have none, and get the
/// same method without it.
/// </summary>
public sealed class UnionEmitterTests
{
    private static readonly UnionUnit Shape = new(
        new UnitScope("Tests.Unions", Visibility.Public, "/project/specs/unions.yaml"),
        new UnionModel("Shape", null, null, new[]
        {
            new UnionVariantModel("Circle", TypeRef.Named(TypeKind.Object, "Circle"), default),
            new UnionVariantModel("Int64", new TypeRef(TypeKind.Int64), default),
        }.ToEquatableArray()));

    [Fact]
    public void Where_the_target_has_NotNullWhen_a_reference_alternatives_TryGet_carries_it()
    {
        var text = UnionEmitter.Emit(Shape, Syntax.Modern);

        Assert.Contains("public bool TryGetCircle([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Circle? value) => TryGet(0, out value);", text, System.StringComparison.Ordinal);
        Assert.Contains("public bool TryGetInt64(out long value) => TryGet(1, out value);", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Where_the_target_has_no_NotNullWhen_the_same_method_is_written_without_it()
    {
        var target = new CSharpTarget(800, false, false, false, false, false, false, HasNotNullWhenAttribute: false);

        var text = UnionEmitter.Emit(Shape, Syntax.For(target));

        Assert.DoesNotContain("NotNullWhen", text, System.StringComparison.Ordinal);
        Assert.Contains("public bool TryGetCircle(out Circle? value) => TryGet(0, out value);", text, System.StringComparison.Ordinal);
        Assert.Contains("new global::ConferenceGen.Runtime.Codecs.UnionAlternative(global::Tests.Unions.Circle.Codec)", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_attribute_is_a_fact_of_the_compilation()
    {
        var bare = CSharpCompilation.Create("Bare");
        var net10 = CSharpCompilation.Create("Net10", references: Basic.Reference.Assemblies.Net100.References.All);

        Assert.False(CSharpTargetFactory.FactsOf(bare).HasNotNullWhenAttribute);
        Assert.True(CSharpTargetFactory.FactsOf(net10).HasNotNullWhenAttribute);
    }
}
