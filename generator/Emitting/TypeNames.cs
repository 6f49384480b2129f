using System;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;

namespace ConferenceGen.Generator.Emitting;

/// <summary>Renders a <see cref="TypeRef"/> as its C# type and as the runtime codec that reads and writes it.</summary>
internal static class TypeNames
{
    /// <summary>The C# type of a present value (never nullable).</summary>
    public static string Of(Syntax syntax, TypeRef type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Boolean => "bool",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Single => "float",
        TypeKind.Double => "double",
        TypeKind.Decimal => "decimal",
        TypeKind.DateTime or TypeKind.Rfc2822DateTime => "global::System.DateTimeOffset",
        TypeKind.Date => syntax.DateType,
        TypeKind.Guid => "global::System.Guid",
        TypeKind.Uri => "global::System.Uri",
        TypeKind.Bytes => "byte[]",
        TypeKind.File => RuntimeNames.FilePart,
        TypeKind.Json => RuntimeNames.Json + "JsonElement",
        TypeKind.Stream => "global::System.IO.Stream",
        TypeKind.Object or TypeKind.Enum or TypeKind.Union => type.Name!,
        TypeKind.List => RuntimeNames.Generic + "IList<" + Declared(syntax, type.Item!) + ">",
        TypeKind.Map => RuntimeNames.Generic + "IDictionary<string, " + Declared(syntax, type.Item!) + ">",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>The C# type with <c>?</c>.</summary>
    public static string Nullable(Syntax syntax, TypeRef type) => Of(syntax, type) + "?";

    /// <summary>The type as the schema declares it: nullable when the schema allows null.</summary>
    public static string Declared(Syntax syntax, TypeRef type) => type.Nullable ? Nullable(syntax, type) : Of(syntax, type);

    /// <summary>The expression of the codec of a present value; generated types are qualified with their namespace <paramref name="ns"/>.</summary>
    public static string Codec(Syntax syntax, TypeRef type, string ns) => type.OrEmpty
        ? "new " + RuntimeNames.Codecs + "OrEmptyCodec<" + Of(syntax, type) + ">(" + CodecOfKind(syntax, type, ns) + ")"
        : CodecOfKind(syntax, type, ns);

    private static string CodecOfKind(Syntax syntax, TypeRef type, string ns) => type.Kind switch
    {
        TypeKind.String => Instance("StringCodec"),
        TypeKind.Boolean => Instance("BooleanCodec"),
        TypeKind.Int32 => Instance("Int32Codec"),
        TypeKind.Int64 => Instance("Int64Codec"),
        TypeKind.Single => Instance("SingleCodec"),
        TypeKind.Double => Instance("DoubleCodec"),
        TypeKind.Decimal => Instance("DecimalCodec"),
        TypeKind.DateTime => Instance("DateTimeOffsetCodec"),
        TypeKind.Rfc2822DateTime => Instance("Rfc2822DateTimeCodec"),
        TypeKind.Date => Instance(syntax.DateCodec),
        TypeKind.Guid => Instance("GuidCodec"),
        TypeKind.Uri => Instance("UriCodec"),
        TypeKind.Bytes => Instance("Base64Codec"),
        TypeKind.File => Instance("FilePartCodec"),
        TypeKind.Json => Instance("JsonElementCodec"),
        // Qualified: inside a model, a property named like its type would be found first.
        TypeKind.Object or TypeKind.Enum or TypeKind.Union => "global::" + ns + "." + type.Name + "." + GeneratedMembers.Codec,
        TypeKind.List => "new " + RuntimeNames.Codecs + "ListCodec<" + Declared(syntax, type.Item!) + ">(" + DeclaredCodec(syntax, type.Item!, ns) + ")",
        TypeKind.Map => "new " + RuntimeNames.Codecs + "MapCodec<" + Declared(syntax, type.Item!) + ">(" + DeclaredCodec(syntax, type.Item!, ns) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "A stream has no codec."),
    };

    /// <summary>The expression of a codec that also reads and writes null.</summary>
    public static string NullableCodec(Syntax syntax, TypeRef type, string ns) =>
        "new " + RuntimeNames.Codecs + (type.IsValueType ? "NullableCodec<" : "NullableClassCodec<") + Of(syntax, type) + ">(" + Codec(syntax, type, ns) + ")";

    /// <summary>The codec of the declared type: null-aware when the schema allows null.</summary>
    public static string DeclaredCodec(Syntax syntax, TypeRef type, string ns) => type.Nullable ? NullableCodec(syntax, type, ns) : Codec(syntax, type, ns);

    private static string Instance(string codec) => RuntimeNames.Codecs + codec + ".Instance";

    /// <summary>
    /// The type in a doc comment: a <c>see cref</c> for a type with a name of its own, the type's text for a
    /// constructed one (a list, a map, a nullable value), which a <c>cref</c> could not hold.
    /// </summary>
    public static string DocReference(Syntax syntax, TypeRef type)
    {
        var text = Of(syntax, type).Replace("global::", string.Empty);
        return text.IndexOfAny(['<', '?', '[']) < 0 ? "<see cref=\"" + text + "\"/>" : "<c>" + DocText.Escape(text) + "</c>";
    }
}
