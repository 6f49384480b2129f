namespace ConferenceGen.Generator.Model;

/// <summary>One client method: how to build the request and what each reply means.</summary>
/// <param name="MethodName">The C# method name (ends in Async).</param>
/// <param name="Verb">The HTTP method.</param>
/// <param name="ExtensionVerb">The method's name as the spec writes it, for <see cref="HttpVerb.Extension"/> only; else null.</param>
/// <param name="Path">The spec's path key: the path template, with the literal query some specs write after it.</param>
/// <param name="PathSegments">Fixed path text and path parameters, in order.</param>
/// <param name="Parameters">Parameters in the spec's order, which is the order on the wire.</param>
/// <param name="ConstantQuery">The literal query of the spec's path key, sent before the query parameters.</param>
/// <param name="Body">The request body, if any.</param>
/// <param name="ReturnType">What the method returns; null when it returns nothing.</param>
/// <param name="Replies">The reply cases, in the order they are matched.</param>
/// <param name="ReplyMediaTypes">The media types the replies document (success and error), each once, JSON first, then in the spec's order; empty when no reply has a body.</param>
/// <param name="Server">The operation's own server, or null when it uses the client's.</param>
/// <param name="Paging">The all-pages method of a list operation, when the spec shows how pages link.</param>
/// <param name="SecurityAlternatives">Tried in order; the first whose credentials are all configured is applied.</param>
internal sealed record OperationModel(
    string MethodName,
    HttpVerb Verb,
    string? ExtensionVerb,
    string Path,
    string? Summary,
    string? Description,
    bool Deprecated,
    EquatableArray<PathSegment> PathSegments,
    EquatableArray<ParameterModel> Parameters,
    EquatableArray<ConstantQueryParameter> ConstantQuery,
    BodyModel? Body,
    TypeRef? ReturnType,
    EquatableArray<ReplyCase> Replies,
    EquatableArray<string> ReplyMediaTypes,
    ServerModel? Server,
    PagingModel? Paging,
    EquatableArray<SecurityAlternative> SecurityAlternatives);

/// <summary>Fixed path text, already encoded for the wire, or a path parameter to escape into the path.</summary>
/// <param name="Text">The fixed text, or null for a parameter.</param>
/// <param name="Parameter">The path parameter's index in <see cref="OperationModel.Parameters"/>, or -1 for fixed text.</param>
internal sealed record PathSegment(string? Text, int Parameter)
{
    public static PathSegment Fixed(string text) => new(text, -1);

    public static PathSegment Of(int parameter) => new(null, parameter);
}
