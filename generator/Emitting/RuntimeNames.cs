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
    public const string Webhooks = Runtime + "Webhooks.";
    public const string Json = "global::System.Text.Json.";
    public const string Generic = "global::System.Collections.Generic.";

    public const string Optional = Runtime + "Optional";
    public const string ApiException = Runtime + "ApiException";
    public const string FilePart = Http + "FilePart";
    public const string BodyFormat = Http + "BodyFormat";
    public const string RequestBody = Http + "RequestBody";
    public const string ApiClientCore = Http + "ApiClientCore";
    public const string ServerVariable = Http + "ServerVariable";
    public const string HeaderValue = Http + "HeaderValue";
    public const string StringCodec = Codecs + "StringCodec.Instance";

    public const string Task = "global::System.Threading.Tasks.Task";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string HttpMethod = "global::System.Net.Http.HttpMethod";
    public const string Obsolete = "global::System.Obsolete";
}
