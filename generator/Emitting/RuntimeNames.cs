namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Fully qualified names of the runtime and BCL types generated code uses, so no spec name can shadow them.
/// Every piece of generated code names them through these constants.
/// </summary>
internal static class RuntimeNames
{
    public const string Runtime = "global::ConferenceGen.Runtime.";
    public const string Codecs = Runtime + "Codecs.";
    public const string Http = Runtime + "Http.";
    public const string UrlEncoding = Runtime + "UrlEncoding.";
    public const string Json = "global::System.Text.Json.";
    public const string Generic = "global::System.Collections.Generic.";

    public const string Optional = Runtime + "Optional";
    public const string ApiException = Runtime + "ApiException";
    public const string FilePart = Http + "FilePart";
    public const string BodyFormat = Http + "BodyFormat";
    public const string RequestBody = Http + "RequestBody";
    public const string ApiClientCore = Http + "ApiClientCore";
    public const string ServerVariable = Http + "ServerVariable";
    public const string JsonRead = Codecs + "JsonRead";
    public const string JsonCodec = Codecs + "JsonCodec";
    public const string StringCodec = Codecs + "StringCodec";

    public const string Task = "global::System.Threading.Tasks.Task";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string HttpMethod = "global::System.Net.Http.HttpMethod";
    public const string Obsolete = "global::System.Obsolete";

    /// <summary>The codec interface every model, enum and union implements.</summary>
    public static string JsonCodecOf(string type) => Codecs + "IJsonCodec<" + type + ">";

    /// <summary>The System.Text.Json converter attribute that lets JsonSerializer use a type's own codec.</summary>
    public static string JsonConverterAttribute(string type) =>
        Json + "Serialization.JsonConverter(typeof(" + Codecs + "JsonCodecConverter<" + type + ", " + type + ">))";
}
