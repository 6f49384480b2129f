namespace ConferenceGen.Generator.Model;

/// <summary>One client method: how to build the request and what each reply means.</summary>
/// <param name="MethodName">The C# method name (ends in Async).</param>
/// <param name="HttpMethod">C# expression of the <c>HttpMethod</c>.</param>
/// <param name="PathTemplate">The spec's path, for documentation (XML-escaped).</param>
/// <param name="PathParts">Literal path text and path parameters, in order.</param>
/// <param name="Parameters">Parameters in the spec's order, which is the order on the wire; the signature puts required ones first.</param>
/// <param name="Body">The request body, if any.</param>
/// <param name="ServerExpression">C# expression of the operation's own server (from <c>_options</c>), or <c>null</c>.</param>
/// <param name="StreamPattern">The status pattern of replies returned as a stream, or empty.</param>
/// <param name="Paging">The all-pages method of a list operation, when the spec shows how pages link.</param>
/// <param name="SecurityAlternatives">Tried in order; the first whose credentials are all configured is applied.</param>
internal sealed record OperationModel(
    string MethodName,
    string HttpMethod,
    string PathTemplate,
    EquatableArray<string> Docs,
    bool Deprecated,
    EquatableArray<PathPart> PathParts,
    EquatableArray<ParameterModel> Parameters,
    BodyModel? Body,
    string ReturnType,
    EquatableArray<ResponseCase> Responses,
    string ServerExpression,
    string StreamPattern,
    PagingModel? Paging,
    EquatableArray<SecurityAlternative> SecurityAlternatives);

/// <summary>An <c>IAsyncEnumerable</c> over all items of a list operation, following next-page links.</summary>
/// <param name="MethodName">The method name (ends in ItemsAsync).</param>
/// <param name="PageType">The reply model of one page.</param>
/// <param name="PageCodec">Its codec.</param>
/// <param name="ItemType">The type of one item.</param>
/// <param name="ItemsExpression">The items of <c>pageReply</c>.</param>
/// <param name="NextExpression">A lambda giving the next link from a page, or <c>null</c> to follow the Link header.</param>
/// <param name="NextDoc">Where the next link comes from, for documentation.</param>
internal sealed record PagingModel(string MethodName, string PageType, string PageCodec, string ItemType, string ItemsExpression, string NextExpression, string NextDoc);

/// <summary>Literal path text (a C# literal) or a parameter to escape into the path.</summary>
internal sealed record PathPart(string? Literal, string? ParameterName, string? Type, string? Codec, string Shape);

/// <summary>A path, query, header or cookie parameter.</summary>
/// <param name="Name">The C# parameter name (escaped if a keyword).</param>
/// <param name="WireLiteral">The wire name as a C# string literal.</param>
/// <param name="Location">path, query, header or cookie.</param>
/// <param name="Type">The C# type as declared (nullable when optional).</param>
/// <param name="Codec">The text codec of the value, or of one item for collections.</param>
/// <param name="ItemType">The item type for collections, else the non-nullable value type.</param>
/// <param name="Shape">scalar, list or map.</param>
/// <param name="Separator">For joined lists: the separator as a C# char literal.</param>
/// <param name="Explode">Whether collections repeat the name per item.</param>
/// <param name="Style">The OpenAPI style.</param>
/// <param name="ValueExpression">The expression of a present value (<c>x.Value</c> for optional structs).</param>
internal sealed record ParameterModel(
    string Name,
    string DocName,
    string WireLiteral,
    string Location,
    string Type,
    string Codec,
    string ItemType,
    string Shape,
    string Separator,
    bool Explode,
    string Style,
    bool Required,
    string ValueExpression,
    bool NullCheck,
    string Summary);

/// <summary>The request body of an operation.</summary>
/// <param name="Name">The C# parameter name.</param>
/// <param name="Type">The parameter type (nullable when optional).</param>
/// <param name="ValueType">The non-nullable type.</param>
/// <param name="Codec">The JSON codec for json bodies.</param>
/// <param name="Encodings">The media types the body can be sent as, the default first; more than one adds a <c>BodyFormat</c> parameter.</param>
/// <param name="ValueExpression">The expression of a present value.</param>
/// <param name="NullCheck">Whether the method checks the argument for null (required reference types).</param>
/// <param name="ContentTypeParameter">For raw bytes listed under several media types: the name of the parameter that says which one is sent; else null.</param>
internal sealed record BodyModel(string Name, string Type, string ValueType, string Codec, EquatableArray<BodyEncoding> Encodings, string? ContentTypeParameter, bool Required, string ValueExpression, bool NullCheck, string Summary);

/// <summary>One media type a body can be sent as.</summary>
/// <param name="Kind">form, json, multipart, stream or text.</param>
/// <param name="MediaTypeLiteral">The Content-Type as a C# literal.</param>
/// <param name="Format">The <c>BodyFormat</c> member that selects it.</param>
/// <param name="MediaTypeDoc">The media type, XML-escaped.</param>
internal sealed record BodyEncoding(string Kind, string MediaTypeLiteral, string Format, string MediaTypeDoc);

/// <summary>A case of the reply switch.</summary>
/// <param name="Label">The case label (<c>case 200:</c>, <c>case &gt;= 400 and &lt; 500:</c>, or <c>default:</c>).</param>
/// <param name="Pattern">The same condition as a pattern (<c>200</c>, <c>&gt;= 200 and &lt; 300</c>, <c>_</c>).</param>
/// <param name="Kind">return-json, return-void, return-null, return-stream, throw-typed, throw, throw-unexpected.</param>
/// <param name="Type">The model read from the body, if any.</param>
/// <param name="Codec">Its JSON codec.</param>
internal sealed record ResponseCase(string Label, string Pattern, string Kind, string? Type, string? Codec, EquatableArray<string> Docs);

/// <summary>The credentials one security alternative needs, all of them.</summary>
internal sealed record SecurityAlternative(EquatableArray<CredentialModel> Credentials);
