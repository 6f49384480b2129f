namespace ConferenceGen.Generator.Building;

/// <summary>Fully qualified names of the runtime and BCL types generated code uses, so no spec name can shadow them.</summary>
internal static class KnownTypes
{
    public const string Codecs = "global::ConferenceGen.Runtime.Codecs.";
    public const string Http = "global::ConferenceGen.Runtime.Http.";

    public const string String = Codecs + "StringCodec";
    public const string Boolean = Codecs + "BooleanCodec";
    public const string Int32 = Codecs + "Int32Codec";
    public const string Int64 = Codecs + "Int64Codec";
    public const string Single = Codecs + "SingleCodec";
    public const string Double = Codecs + "DoubleCodec";
    public const string Decimal = Codecs + "DecimalCodec";
    public const string DateTime = Codecs + "DateTimeOffsetCodec";
    public const string Rfc2822 = Codecs + "Rfc2822DateTimeCodec";
    public const string Date = Codecs + "DateOnlyCodec";
    public const string Guid = Codecs + "GuidCodec";
    public const string Uri = Codecs + "UriCodec";
    public const string Base64 = Codecs + "Base64Codec";
    public const string Any = Codecs + "JsonElementCodec";
    public const string FilePartCodec = Codecs + "FilePartCodec";
    public const string FilePart = Http + "FilePart";
    public const string UriType = "global::System.Uri";

    public const string BasicCredentials = Http + "BasicCredentials";
    public const string BearerCredentials = Http + "BearerTokenCredentials";
    public const string ApiKeyCredentials = Http + "ApiKeyCredentials";

    public static string List(string itemType, string itemCodec) => $"{Codecs}ListCodec<{itemType}, {itemCodec}>";

    public static string Map(string valueType, string valueCodec) => $"{Codecs}MapCodec<{valueType}, {valueCodec}>";

    public static string Nullable(TypeUsage usage) => usage.IsValueType
        ? $"{Codecs}NullableCodec<{usage.Type}, {usage.Codec}>"
        : $"{Codecs}NullableClassCodec<{usage.Type}, {usage.Codec}>";
}
