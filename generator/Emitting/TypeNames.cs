using System;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>Renders a <see cref="TypeRef"/> as its C# type and as the runtime codec that reads and writes it.</summary>
internal static class TypeNames
{
    /// <summary>The C# type of a present value (never nullable).</summary>
    public static string Of(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Boolean => "bool",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Single => "float",
        TypeKind.Double => "double",
        TypeKind.Decimal => "decimal",
        TypeKind.DateTime or TypeKind.Rfc2822DateTime => "global::System.DateTimeOffset",
        TypeKind.Date => "global::System.DateOnly",
        TypeKind.Guid => "global::System.Guid",
        TypeKind.Uri => "global::System.Uri",
        TypeKind.Bytes => "byte[]",
        TypeKind.File => RuntimeNames.FilePart,
        TypeKind.Json => RuntimeNames.Json + "JsonElement",
        TypeKind.Stream => "global::System.IO.Stream",
        TypeKind.Object or TypeKind.Enum or TypeKind.Union => type.Name!,
        TypeKind.List => RuntimeNames.Generic + "IList<" + Declared(type.Item!) + ">",
        TypeKind.Map => RuntimeNames.Generic + "IDictionary<string, " + Declared(type.Item!) + ">",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>The C# type with <c>?</c>.</summary>
    public static string Nullable(TypeRef type) => Of(type) + "?";

    /// <summary>The type as the schema declares it: nullable when the schema allows null.</summary>
    public static string Declared(TypeRef type) => type.Nullable ? Nullable(type) : Of(type);

    /// <summary>The codec of a present value.</summary>
    public static string Codec(TypeRef type) => type.Kind switch
    {
        TypeKind.String => RuntimeNames.StringCodec,
        TypeKind.Boolean => RuntimeNames.Codecs + "BooleanCodec",
        TypeKind.Int32 => RuntimeNames.Codecs + "Int32Codec",
        TypeKind.Int64 => RuntimeNames.Codecs + "Int64Codec",
        TypeKind.Single => RuntimeNames.Codecs + "SingleCodec",
        TypeKind.Double => RuntimeNames.Codecs + "DoubleCodec",
        TypeKind.Decimal => RuntimeNames.Codecs + "DecimalCodec",
        TypeKind.DateTime => RuntimeNames.Codecs + "DateTimeOffsetCodec",
        TypeKind.Rfc2822DateTime => RuntimeNames.Codecs + "Rfc2822DateTimeCodec",
        TypeKind.Date => RuntimeNames.Codecs + "DateOnlyCodec",
        TypeKind.Guid => RuntimeNames.Codecs + "GuidCodec",
        TypeKind.Uri => RuntimeNames.Codecs + "UriCodec",
        TypeKind.Bytes => RuntimeNames.Codecs + "Base64Codec",
        TypeKind.File => RuntimeNames.Codecs + "FilePartCodec",
        TypeKind.Json => RuntimeNames.Codecs + "JsonElementCodec",
        TypeKind.Stream => string.Empty,
        TypeKind.Object or TypeKind.Enum or TypeKind.Union => type.Name!,
        TypeKind.List => RuntimeNames.Codecs + "ListCodec<" + Declared(type.Item!) + ", " + DeclaredCodec(type.Item!) + ">",
        TypeKind.Map => RuntimeNames.Codecs + "MapCodec<" + Declared(type.Item!) + ", " + DeclaredCodec(type.Item!) + ">",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>The codec that also reads and writes null.</summary>
    public static string NullableCodec(TypeRef type) => type.IsValueType
        ? RuntimeNames.Codecs + "NullableCodec<" + Of(type) + ", " + Codec(type) + ">"
        : RuntimeNames.Codecs + "NullableClassCodec<" + Of(type) + ", " + Codec(type) + ">";

    /// <summary>The codec of the declared type: null-aware when the schema allows null.</summary>
    public static string DeclaredCodec(TypeRef type) => type.Nullable ? NullableCodec(type) : Codec(type);

    /// <summary>The type for a <c>cref</c>: without <c>global::</c>.</summary>
    public static string Cref(TypeRef type) => Of(type).Replace("global::", string.Empty);
}
