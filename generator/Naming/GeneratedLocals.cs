namespace ConferenceGen.Generator.Naming;

/// <summary>
/// The names of locals and lambda parameters in generated methods, kept where both sides see them: the emitters
/// declare them, and Building keeps operation parameters off them (<see cref="OperationScope"/>), so a spec
/// parameter can never shadow them.
/// </summary>
internal static class GeneratedLocals
{
    public const string CancellationToken = "cancellationToken";
    public const string BodyFormat = "bodyFormat";
    public const string HttpRequest = "httpRequest";
    public const string HttpResponse = "httpResponse";
    public const string QueryString = "queryString";
    public const string CookieHeader = "cookieHeader";
    public const string Path = "path";
    public const string PageReply = "pageReply";
    public const string PageCancellationToken = "pageCancellationToken";

    /// <summary>Every name an operation method and its all-pages method declare besides the spec's parameters.</summary>
    public static readonly string[] OperationScope =
        [CancellationToken, BodyFormat, HttpRequest, HttpResponse, QueryString, CookieHeader, Path, PageReply, PageCancellationToken];
}
