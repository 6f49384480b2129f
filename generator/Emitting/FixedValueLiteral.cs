using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>A value the type fixes (a model property's, a parameter's) as a C# constant of its type.</summary>
internal static class FixedValueLiteral
{
    /// <summary>The enum's member, or a literal whose C# type is the property's exactly (boxed, it must equal what the codec reads).</summary>
    public static string Of(TypeRef type, FixedValueModel value, string ns) => type.Kind switch
    {
        TypeKind.Enum => "global::" + ns + "." + type.Name + "." + value.Member,
        TypeKind.String => CSharpLiteral.String(value.WireValue),
        TypeKind.Int64 => value.WireValue + "L",
        TypeKind.Double => value.WireValue + "d",
        _ => value.WireValue,
    };
}
