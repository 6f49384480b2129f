using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using L = ConferenceGen.Generator.Emitting.GeneratedLocals;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Writes one client method (and its all-pages method): argument checks, the URL with its query, headers and
/// cookies, the body, credentials, and the reply switch. Written in C# rather than as a template: each
/// statement depends on the parameter's location, shape and style, which a template could only compute with
/// functions of its own.
/// </summary>
internal sealed class OperationEmitter
{
    private const string Await = ".ConfigureAwait(false)";

    // The namespace of the generated types, which codec expressions name in full.
    private readonly string ns;

    // The dialect of the consumer's compilation.
    private readonly Syntax syntax;

    private OperationEmitter(string ns, Syntax syntax)
    {
        this.ns = ns;
        this.syntax = syntax;
    }

    public static string Emit(OperationUnit unit, Syntax syntax) => new OperationEmitter(unit.Scope.Namespace, syntax).Write(unit);

    private string Write(OperationUnit unit)
    {
        var operation = unit.Operation;
        var writer = GeneratedFile.Start(unit.Scope, nameSpec: false, syntax);
        writer.Line(GeneratedFile.Keyword(unit.Scope.Visibility) + " sealed partial class " + unit.ClientName);
        writer.Open();
        var arguments = Arguments.Of(operation, syntax);
        Documentation(writer, operation, arguments);
        Deprecation(writer, operation);
        writer.Line("public async " + ReturnType(operation) + " " + operation.MethodName + arguments.ParameterList(writer.Indentation));
        writer.Open();
        ArgumentChecks(writer, operation);
        var hasQuery = Query(writer, operation);
        var server = operation.Server is { } own ? ", " + ServerExpression.Of(own, "_options") : string.Empty;
        writer.Line("using var " + L.HttpRequest + " = _core.CreateRequest(" + HttpMethod(operation.HttpMethod) + ", " + PathExpression(operation, hasQuery) + ", " + CSharpLiteral.String(Accept(operation)) + server + ");");
        Headers(writer, operation);
        Cookies(writer, operation);
        Body(writer, operation);
        Security(writer, operation);
        Replies(writer, operation);
        writer.Close();
        if (operation.Paging is { } paging)
        {
            Pager(writer, operation, paging, arguments);
        }

        writer.Close();
        return GeneratedFile.End(writer, syntax);
    }

    private static void Documentation(SourceWriter writer, OperationModel operation, Arguments arguments)
    {
        writer.Line("/// <summary>");
        GeneratedFile.DocLines(writer, DocText.Lines(operation.Summary, operation.Description));
        writer.Line("/// </summary>");
        writer.Line("/// <remarks><c>" + DocText.Escape(operation.HttpMethod + " " + operation.Path) + "</c></remarks>");
        foreach (var parameter in arguments.Parameters)
        {
            var summary = DocText.Summary(parameter.Description);
            var what = summary.Length > 0 ? summary : "The <c>" + DocText.Escape(parameter.WireName) + "</c> " + parameter.Location.ToString().ToLowerInvariant() + " parameter.";
            writer.Line("/// <param name=\"" + Identifier.Bare(parameter.Name) + "\">" + what + "</param>");
        }

        if (operation.Body is { } body)
        {
            var summary = DocText.Summary(body.Description);
            writer.Line("/// <param name=\"" + body.Name + "\">The request body" + (summary.Length == 0 ? "." : ": " + summary) + "</param>");
            if (body.ContentTypeParameter is { } contentType)
            {
                writer.Line("/// <param name=\"" + contentType + "\">The media type of the bytes (the spec lists several).</param>");
            }

            if (body.Encodings.Count > 1)
            {
                var formats = body.Encodings.Select((e, i) => "<c>" + FormatName(e.Kind) + "</c> (" + DocText.Escape(e.MediaType) + (i == 0 ? ", the default" : string.Empty) + ")");
                writer.Line("/// <param name=\"" + L.BodyFormat + "\">How the body is sent: " + string.Join(", ", formats) + ".</param>");
            }
        }

        writer.Line("/// <param name=\"" + L.CancellationToken + "\">Cancels the request.</param>");
        writer.Line("/// <exception cref=\"" + RuntimeNames.ApiException + "\">The server answered with an error or with a reply the spec does not document.</exception>");
    }

    private static void Deprecation(SourceWriter writer, OperationModel operation)
    {
        if (operation.Deprecated)
        {
            writer.Line("[" + RuntimeNames.Obsolete + "(\"The spec marks this operation as deprecated.\")]");
        }
    }

    private string ReturnType(OperationModel operation) =>
        operation.ReturnType is { } type ? RuntimeNames.Task + "<" + TypeNames.Declared(syntax, type) + ">" : RuntimeNames.Task;

    private void ArgumentChecks(SourceWriter writer, OperationModel operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Required && !parameter.Type.IsValueType)
            {
                writer.Line(syntax.ThrowIfNull(parameter.Name));
            }
        }

        if (operation.Body is { Required: true } body && !body.Type.IsValueType)
        {
            writer.Line(syntax.ThrowIfNull(body.Name));
        }
    }

    private bool Query(SourceWriter writer, OperationModel operation)
    {
        if (operation.ConstantQuery.Count == 0 && !operation.Parameters.Any(p => p.Location == ParameterLocation.Query))
        {
            return false;
        }

        writer.Line("var " + L.QueryString + " = new " + RuntimeNames.UrlEncoding + "QueryBuilder();");
        foreach (var constant in operation.ConstantQuery)
        {
            writer.Line(constant.Value is { } value
                ? L.QueryString + ".Add(" + CSharpLiteral.String(constant.Name) + ", " + CSharpLiteral.String(value) + ", " + RuntimeNames.StringCodec + ");"
                : L.QueryString + ".AddName(" + CSharpLiteral.String(constant.Name) + ");");
        }

        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Location == ParameterLocation.Query)
            {
                writer.Line(WhenSet(parameter) + QueryAdd(parameter));
            }
        }

        return true;
    }

    private string QueryAdd(ParameterModel parameter)
    {
        var call = L.QueryString + "." + QueryMethod(parameter) + "(" + CSharpLiteral.String(parameter.WireName) + ", " + Value(parameter) + ", " + ElementCodec(parameter);
        return parameter.Shape switch
        {
            ParameterShape.List when !(parameter.Explode && parameter.Style == ParameterStyle.Form) => call + ", " + CSharpLiteral.Char(parameter.Separator) + ");",
            ParameterShape.Map => call + ", deep: " + Bool(parameter.Style == ParameterStyle.DeepObject) + ", explode: " + Bool(parameter.Explode) + ");",
            ParameterShape.Object => call + ", explode: " + Bool(parameter.Explode) + ");",
            _ => call + ");",
        };
    }

    private static string QueryMethod(ParameterModel parameter) => parameter.Shape switch
    {
        ParameterShape.Scalar => "Add",
        ParameterShape.List => parameter.Explode && parameter.Style == ParameterStyle.Form ? "AddEach" : "AddJoined",
        ParameterShape.Map => "AddEntries",
        ParameterShape.Object => "AddObject",
        ParameterShape.Deep => "AddDeep",
        _ => "AddJson",
    };

    private string PathExpression(OperationModel operation, bool hasQuery)
    {
        var parameters = operation.Parameters.ToDictionary(p => p.Name);
        var path = new System.Text.StringBuilder("$\"");
        foreach (var segment in operation.PathSegments)
        {
            if (segment.Text is { } text)
            {
                path.Append(CSharpLiteral.InterpolatedPart(text));
                continue;
            }

            var parameter = parameters[segment.Parameter!];
            var codec = ElementCodec(parameter);
            path.Append("{(").Append(parameter.Shape switch
            {
                ParameterShape.List => RuntimeNames.UrlEncoding + "UrlPath.EscapeJoined(" + parameter.Name + ", " + codec + ")",
                ParameterShape.Scalar => RuntimeNames.UrlEncoding + "UrlPath.Escape(" + parameter.Name + ", " + codec + ")",
                _ => RuntimeNames.UrlEncoding + "UrlPath.Escape(" + RuntimeNames.UrlEncoding + "JsonText.Of(" + parameter.Name + ", " + codec + "), " + RuntimeNames.StringCodec + ")",
            }).Append(")}");
        }

        path.Append('"');
        return hasQuery ? L.QueryString + ".AppendTo(" + path + ")" : path.ToString();
    }

    /// <summary>
    /// The <c>Accept</c> header, fixed when generating: the media types the replies document, or <c>*/*</c> (what curl
    /// sends, and what no header means) when none has a body.
    /// </summary>
    private static string Accept(OperationModel operation) =>
        operation.ReplyMediaTypes.IsEmpty ? "*/*" : string.Join(", ", operation.ReplyMediaTypes);

    private void Headers(SourceWriter writer, OperationModel operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Location == ParameterLocation.Header)
            {
                // Through the runtime's one check: a CR or LF in the caller's value must not end the header.
                writer.Line(WhenSet(parameter) + RuntimeNames.HeaderValue + ".Add(" + L.HttpRequest + ", " + CSharpLiteral.String(parameter.WireName) + ", " + Text(parameter) + ", " + ParameterNameLiteral(parameter) + ");");
            }
        }
    }

    private void Cookies(SourceWriter writer, OperationModel operation)
    {
        if (!operation.Parameters.Any(p => p.Location == ParameterLocation.Cookie))
        {
            return;
        }

        writer.Line("var " + L.CookieHeader + " = new " + RuntimeNames.UrlEncoding + "CookieHeader();");
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Location == ParameterLocation.Cookie)
            {
                writer.Line(WhenSet(parameter) + L.CookieHeader + ".Add(" + CSharpLiteral.String(parameter.WireName) + ", " + Text(parameter) + ", " + ParameterNameLiteral(parameter) + ");");
            }
        }

        writer.Line("if (!" + L.CookieHeader + ".IsEmpty) " + L.HttpRequest + ".Headers.TryAddWithoutValidation(\"Cookie\", " + L.CookieHeader + ".ToString());");
    }

    /// <summary>The C# parameter's name as a string, for the exception that refuses its value.</summary>
    private static string ParameterNameLiteral(ParameterModel parameter) => CSharpLiteral.String(Identifier.Bare(parameter.Name));

    /// <summary>A parameter's value as one piece of text, for headers and cookies.</summary>
    private string Text(ParameterModel parameter)
    {
        var codec = ElementCodec(parameter);
        return parameter.Shape switch
        {
            ParameterShape.Scalar => codec + ".Format(" + Value(parameter) + ")",
            ParameterShape.List => RuntimeNames.UrlEncoding + "TextJoin.Join(" + Value(parameter) + ", " + codec + ", " + CSharpLiteral.Char(parameter.Separator) + ")",
            _ => RuntimeNames.UrlEncoding + "JsonText.Of(" + Value(parameter) + ", " + codec + ")",
        };
    }

    private void Body(SourceWriter writer, OperationModel operation)
    {
        if (operation.Body is not { } body)
        {
            return;
        }

        var content = L.HttpRequest + ".Content = ";
        if (body.Required)
        {
            writer.Line(content + BodyContent(body, writer.Indentation) + ";");
        }
        else if (body.Encodings.Count == 1)
        {
            writer.Line("if (" + syntax.IsNotNull(body.Name) + ") " + content + BodyContent(body, writer.Indentation) + ";");
        }
        else
        {
            writer.Line("if (" + syntax.IsNotNull(body.Name) + ")");
            writer.Open();
            writer.Line(content + BodyContent(body, writer.Indentation) + ";");
            writer.Close();
        }
    }

    /// <summary>The body's content: one media type, or a switch on the bodyFormat argument when the spec lists several.</summary>
    private string BodyContent(BodyModel body, string indentation)
    {
        if (body.Encodings.Count == 1)
        {
            return Content(body, body.Encodings[0]);
        }

        var text = new System.Text.StringBuilder(L.BodyFormat + " switch\n").Append(indentation).Append("{\n");
        for (var i = 0; i < body.Encodings.Count; i++)
        {
            var encoding = body.Encodings[i];
            if (i == 0 && !syntax.Target.CSharp9)
            {
                // No "or" patterns before C# 9: the default format gets an arm of its own.
                text.Append(indentation).Append("    ").Append(RuntimeNames.BodyFormat).Append(".Default => ").Append(Content(body, encoding)).Append(",\n");
            }

            text.Append(indentation).Append("    ").Append(i == 0 && syntax.Target.CSharp9 ? RuntimeNames.BodyFormat + ".Default or " : string.Empty)
                .Append(RuntimeNames.BodyFormat).Append('.').Append(FormatName(encoding.Kind)).Append(" => ").Append(Content(body, encoding)).Append(",\n");
        }

        var names = string.Join(", ", body.Encodings.Select(e => FormatName(e.Kind)));
        return text.Append(indentation).Append("    _ => throw ").Append(RuntimeNames.RequestBody).Append(".Unsupported(").Append(L.BodyFormat).Append(", \"").Append(names).Append("\"),\n")
            .Append(indentation).Append('}').ToString();
    }

    private string Content(BodyModel body, BodyEncoding encoding)
    {
        var value = !body.Required && body.Type.IsValueType ? body.Name + ".Value" : body.Name;
        var mediaType = CSharpLiteral.String(encoding.ContentType);
        return RuntimeNames.RequestBody + encoding.Kind switch
        {
            BodyKind.Form => ".Form(" + value + ", " + TypeNames.Codec(syntax, body.Type, ns) + ", " + mediaType + string.Concat(encoding.DeepObjects.Select(name => ", " + CSharpLiteral.String(name))) + ")",
            BodyKind.Json => ".Json(" + value + ", " + TypeNames.Codec(syntax, body.Type, ns) + ", " + mediaType + ")",
            BodyKind.Multipart => ".Multipart(" + value + ", " + TypeNames.Codec(syntax, body.Type, ns) + string.Concat(encoding.DeepObjects.Select(name => ", " + CSharpLiteral.String(name))) + ")",
            BodyKind.Stream => ".Stream(" + value + ", " + (body.ContentTypeParameter ?? mediaType) + ")",
            _ => ".Text(" + value + ", " + mediaType + ")",
        };
    }

    /// <summary>The <c>BodyFormat</c> member that selects a kind of body.</summary>
    private static string FormatName(BodyKind kind) => kind switch
    {
        BodyKind.Form => "Form",
        BodyKind.Multipart => "Multipart",
        BodyKind.Text => "Text",
        BodyKind.Stream => "Binary",
        _ => "Json",
    };

    private void Security(SourceWriter writer, OperationModel operation)
    {
        for (var i = 0; i < operation.SecurityAlternatives.Count; i++)
        {
            var credentials = operation.SecurityAlternatives[i].Credentials;
            var condition = string.Join(" && ", credentials.Select(c => syntax.IsNotNull(ClientEmitter.CredentialsField(c))));
            var statements = string.Join(" ", credentials.Select(Authorize));
            writer.Line((i == 0 ? "if" : "else if") + " (" + condition + ") { " + statements + " }");
        }
    }

    private static string Authorize(CredentialModel credential) => credential.Kind == CredentialKind.ApiKey
        ? "_core.AuthorizeApiKey(" + L.HttpRequest + ", " + ClientEmitter.CredentialsField(credential) + ", " + RuntimeNames.Http + "ApiKeyLocation." + credential.KeyLocation + ", " + CSharpLiteral.String(credential.KeyName!) + ");"
        : "await _core.AuthorizeAsync(" + L.HttpRequest + ", " + ClientEmitter.CredentialsField(credential) + ", " + L.CancellationToken + ")" + Await + ";";

    private void Replies(SourceWriter writer, OperationModel operation)
    {
        var send = "await _core.SendAsync(" + L.HttpRequest + ", " + L.CancellationToken + ")" + Await + ";";
        var streamed = operation.Replies.Where(r => r.Action == ReplyAction.ReturnStream).Select(r => r.Status).ToList();
        if (streamed.Count > 0)
        {
            // A streamed reply leaves the response undisposed: the caller's stream owns it.
            var test = syntax.StatusTest("(int)" + L.HttpResponse + ".StatusCode", streamed.Select(s => (Number(s.Code), s.Kind == StatusMatchKind.Range ? Number(s.Code + 100) : null)));
            writer.Line("var " + L.HttpResponse + " = " + send);
            writer.Line("if (" + test + ") return await " + RuntimeNames.ApiClientCore + ".TakeStreamAsync(" + L.HttpResponse + ", " + L.CancellationToken + ")" + Await + ";");
            writer.Line("using (" + L.HttpResponse + ")");
        }
        else
        {
            writer.Line("using var " + L.HttpResponse + " = " + send);
        }

        writer.Line("switch ((int)" + L.HttpResponse + ".StatusCode)");
        writer.Open();
        foreach (var reply in operation.Replies)
        {
            if (reply.Action != ReplyAction.ReturnStream)
            {
                writer.Line(Label(reply.Status) + " " + Action(reply));
            }
        }

        writer.Close();
    }

    private string Action(ReplyCase reply)
    {
        var reading = "(" + L.HttpResponse + ", " + L.CancellationToken + ")" + Await + ";";
        return reply.Action switch
        {
            ReplyAction.ReturnJson => "return await _core.ReadJsonAsync(" + L.HttpResponse + ", " + TypeNames.DeclaredCodec(syntax, reply.Type!, ns) + ", " + L.CancellationToken + ")" + Await + ";",
            ReplyAction.ReturnNull => "return null;",
            ReplyAction.ReturnVoid => "return;",
            ReplyAction.ThrowTyped => "throw await _core.ErrorAsync(" + L.HttpResponse + ", " + TypeNames.Codec(syntax, reply.Type!, ns) + ", " + L.CancellationToken + ")" + Await + ";",
            ReplyAction.ThrowUnexpected => "throw await _core.UnexpectedAsync" + reading,
            _ => "throw await _core.ErrorAsync" + reading,
        };
    }

    private string Label(StatusMatch status) => status.Kind switch
    {
        StatusMatchKind.Default => "default:",
        StatusMatchKind.Range => syntax.RangeLabel("(int)" + L.HttpResponse + ".StatusCode", Number(status.Code), Number(status.Code + 100)),
        _ => "case " + Number(status.Code) + ":",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void Pager(SourceWriter writer, OperationModel operation, PagingModel paging, Arguments arguments)
    {
        var next = paging.NextSource == NextLinkSource.LinkHeader ? "the <c>Link</c> header" : "<c>" + DocText.Escape(paging.NextWirePath!) + "</c>";
        var item = TypeNames.Declared(syntax, paging.Item);
        writer.Line();
        writer.Line("/// <summary>Every item of <see cref=\"" + operation.MethodName + "\"/>, page after page; the next page comes from " + next + ".</summary>");
        writer.Line("/// <inheritdoc cref=\"" + operation.MethodName + "\"/>");
        Deprecation(writer, operation);
        writer.Line("public " + RuntimeNames.Generic + "IAsyncEnumerable<" + item + "> " + paging.MethodName + arguments.ParameterList(writer.Indentation) + " =>");
        var items = paging.ItemsProperty is { } property ? L.PageReply + "." + property : L.PageReply;
        var nextLink = paging.NextSource == NextLinkSource.LinkHeader
            ? "null"
            : syntax.StaticLambda + L.PageReply + " => " + L.PageReply + "." + string.Join("?.", paging.NextPath) + (paging.NextIsUri ? "?.OriginalString" : string.Empty);
        writer.Line("    _core.PagesAsync<" + TypeNames.Of(syntax, paging.Page) + ", " + item + ">(" + L.PageCancellationToken + " => " + operation.MethodName + "(" + string.Join(", ", arguments.PageCall) + "), " + TypeNames.Codec(syntax, paging.Page, ns) + ", " + syntax.StaticLambda + L.PageReply + " => " + items + ", " + nextLink + ", " + L.CancellationToken + ");");
    }

    private string WhenSet(ParameterModel parameter) => parameter.Required ? string.Empty : "if (" + syntax.IsNotNull(parameter.Name) + ") ";

    /// <summary>The expression of a present value: optional structs are read through <c>.Value</c>.</summary>
    private static string Value(ParameterModel parameter) =>
        !parameter.Required && parameter.Type.IsValueType ? parameter.Name + ".Value" : parameter.Name;

    private string ElementCodec(ParameterModel parameter) => TypeNames.Codec(syntax, parameter.Element, ns);

    private static string Bool(bool value) => value ? "true" : "false";

    private string HttpMethod(string method) => method.ToUpperInvariant() switch
    {
        "GET" => RuntimeNames.HttpMethod + ".Get",
        "POST" => RuntimeNames.HttpMethod + ".Post",
        "PUT" => RuntimeNames.HttpMethod + ".Put",
        "DELETE" => RuntimeNames.HttpMethod + ".Delete",
        "PATCH" => syntax.HttpPatch,
        "HEAD" => RuntimeNames.HttpMethod + ".Head",
        "OPTIONS" => RuntimeNames.HttpMethod + ".Options",
        "TRACE" => RuntimeNames.HttpMethod + ".Trace",
        var other => "new " + RuntimeNames.HttpMethod + "(" + CSharpLiteral.String(other) + ")",
    };

    /// <summary>
    /// The method's parameters in signature order (required ones first, then the body, then optional ones),
    /// decided once for the declaration, the documentation and the all-pages method's call.
    /// </summary>
    private sealed class Arguments
    {
        private Arguments(List<ParameterModel> parameters, List<string> declarations, List<string> pageCall)
        {
            Parameters = parameters;
            Declarations = declarations;
            PageCall = pageCall;
        }

        /// <summary>The spec's parameters in signature order.</summary>
        public List<ParameterModel> Parameters { get; }

        public List<string> Declarations { get; }

        /// <summary>The parenthesized parameter list: on one line when short, else one parameter per line.</summary>
        public string ParameterList(string indentation)
        {
            var oneLine = "(" + string.Join(", ", Declarations) + ")";
            return oneLine.Length <= 120 ? oneLine : "(\n" + indentation + "    " + string.Join(",\n" + indentation + "    ", Declarations) + ")";
        }

        /// <summary>The arguments with which the all-pages method calls the operation for a page.</summary>
        public List<string> PageCall { get; }

        public static Arguments Of(OperationModel operation, Syntax syntax)
        {
            var required = operation.Parameters.Where(p => p.Required).ToList();
            var optional = operation.Parameters.Where(p => !p.Required).ToList();
            var declarations = required.Select(p => TypeNames.Of(syntax, p.Type) + " " + p.Name).ToList();
            var call = required.Select(p => p.Name).ToList();
            if (operation.Body is { } body)
            {
                declarations.Add((body.Required ? TypeNames.Of(syntax, body.Type) : TypeNames.Nullable(syntax, body.Type)) + " " + body.Name + (body.Required ? string.Empty : " = null"));
                call.Add(body.Name);
            }

            declarations.AddRange(optional.Select(p => TypeNames.Nullable(syntax, p.Type) + " " + p.Name + " = null"));
            call.AddRange(optional.Select(p => p.Name));
            if (operation.Body is { ContentTypeParameter: { } contentType } streamed)
            {
                var defaultType = streamed.Encodings.First(e => e.Kind == BodyKind.Stream).ContentType;
                declarations.Add("string " + contentType + " = " + CSharpLiteral.String(defaultType));
                call.Add(contentType);
            }

            if (operation.Body is { Encodings.Count: > 1 })
            {
                declarations.Add(RuntimeNames.BodyFormat + " " + L.BodyFormat + " = default");
                call.Add(L.BodyFormat);
            }

            declarations.Add(RuntimeNames.CancellationToken + " " + L.CancellationToken + " = default");
            call.Add(L.PageCancellationToken);
            return new Arguments(required.Concat(optional).ToList(), declarations, call);
        }
    }
}
