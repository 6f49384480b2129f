using System.Linq;
using ConferenceGen.Generator.Model;
using L = ConferenceGen.Generator.Naming.GeneratedLocals;

namespace ConferenceGen.Generator.Emitting.Operations;

/// <summary>
/// The statements that build an operation's request: argument checks, the query, the URL, headers and cookies, the
/// body (through <see cref="BodyEmitter"/>) and credentials. Every caller's value reaches the wire through a runtime
/// call that encodes it for its place.
/// </summary>
internal sealed class RequestEmitter
{
    private readonly OperationContext _context;
    private readonly BodyEmitter _body;

    public RequestEmitter(OperationContext context)
    {
        _context = context;
        _body = new BodyEmitter(context);
    }

    private Syntax Syntax => _context.Syntax;

    /// <summary>Writes the request's statements; the request is the local <c>httpRequest</c>, declared with <paramref name="declaration"/> (<c>using var</c>, or <c>var</c> for a request handed on).</summary>
    public void Write(SourceWriter writer, OperationModel operation, string declaration)
    {
        ArgumentChecks(writer, operation);
        var hasQuery = Query(writer, operation);
        var server = operation.Server is { } own ? ", " + ServerExpression.Of(own, "_options") : string.Empty;
        writer.Line(declaration + " " + L.HttpRequest + " = _core.CreateRequest(" + Verb(operation) + ", " + PathExpression(operation, hasQuery) + ", " + CSharpLiteral.String(Accept(operation)) + server + ");");
        Headers(writer, operation);
        Cookies(writer, operation);
        _body.Write(writer, operation);
        Security(writer, operation);
    }

    /// <summary>Whether the request's statements await anything (credentials from a provider).</summary>
    public static bool Awaits(OperationModel operation) =>
        operation.SecurityAlternatives.Any(a => a.Credentials.Any(c => c.Kind != CredentialKind.ApiKey));

    /// <summary>The method and path as the spec writes them, for documentation.</summary>
    public static string RequestLine(OperationModel operation) => VerbText(operation) + " " + operation.Path;

    private void ArgumentChecks(SourceWriter writer, OperationModel operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Required && parameter.Fixed is null && !parameter.Type.IsValueType)
            {
                writer.Line(Syntax.ThrowIfNull(OperationContext.Name(parameter)));
            }
        }

        if (operation.Body is { Required: true } body && !body.Type.IsValueType)
        {
            writer.Line(Syntax.ThrowIfNull(CSharpIdentifier.Of(body.Name)));
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
                writer.Line(_context.WhenSet(parameter) + QueryAdd(parameter));
            }
        }

        return true;
    }

    private string QueryAdd(ParameterModel parameter)
    {
        var call = L.QueryString + "." + QueryMethod(parameter) + "(" + CSharpLiteral.String(parameter.WireName) + ", " + _context.Value(parameter) + ", " + _context.ElementCodec(parameter);
        return parameter.Shape switch
        {
            ParameterShape.List when !(parameter.Explode && parameter.Style == ParameterStyle.Form) => call + ", " + CSharpLiteral.Char(parameter.Separator) + ");",
            ParameterShape.Map => call + ", deep: " + OperationContext.Bool(parameter.Style == ParameterStyle.DeepObject) + ", explode: " + OperationContext.Bool(parameter.Explode) + ");",
            ParameterShape.Object => call + ", explode: " + OperationContext.Bool(parameter.Explode) + ");",
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
        var path = new System.Text.StringBuilder("$\"");
        foreach (var segment in operation.PathSegments)
        {
            if (segment.Text is { } text)
            {
                path.Append(CSharpLiteral.InterpolatedPart(text));
                continue;
            }

            var parameter = operation.Parameters[segment.Parameter];
            var name = _context.Value(parameter);
            var codec = _context.ElementCodec(parameter);
            path.Append("{(").Append(parameter.Shape switch
            {
                ParameterShape.List => RuntimeNames.UrlEncoding + "UrlPath.EscapeJoined(" + name + ", " + codec + ")",
                ParameterShape.Scalar => RuntimeNames.UrlEncoding + "UrlPath.Escape(" + name + ", " + codec + ")",
                _ => RuntimeNames.UrlEncoding + "UrlPath.Escape(" + RuntimeNames.UrlEncoding + "JsonText.Of(" + name + ", " + codec + "), " + RuntimeNames.StringCodec + ")",
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
                writer.Line(_context.WhenSet(parameter) + RuntimeNames.HeaderValue + ".Add(" + L.HttpRequest + ", " + CSharpLiteral.String(parameter.WireName) + ", " + Text(parameter) + ", " + NameLiteral(parameter) + ");");
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
                writer.Line(_context.WhenSet(parameter) + L.CookieHeader + ".Add(" + CSharpLiteral.String(parameter.WireName) + ", " + Text(parameter) + ", " + NameLiteral(parameter) + ");");
            }
        }

        writer.Line("if (!" + L.CookieHeader + ".IsEmpty) " + L.HttpRequest + ".Headers.TryAddWithoutValidation(\"Cookie\", " + L.CookieHeader + ".ToString());");
    }

    /// <summary>The C# parameter's name as a string, for the exception that refuses its value.</summary>
    private static string NameLiteral(ParameterModel parameter) => CSharpLiteral.String(parameter.Name);

    /// <summary>A parameter's value as one piece of text, for headers and cookies.</summary>
    private string Text(ParameterModel parameter)
    {
        var codec = _context.ElementCodec(parameter);
        return parameter.Shape switch
        {
            ParameterShape.Scalar => codec + ".Format(" + _context.Value(parameter) + ")",
            ParameterShape.List => RuntimeNames.UrlEncoding + "TextJoin.Join(" + _context.Value(parameter) + ", " + codec + ", " + CSharpLiteral.Char(parameter.Separator) + ")",
            _ => RuntimeNames.UrlEncoding + "JsonText.Of(" + _context.Value(parameter) + ", " + codec + ")",
        };
    }

    private void Security(SourceWriter writer, OperationModel operation)
    {
        for (var i = 0; i < operation.SecurityAlternatives.Count; i++)
        {
            var credentials = operation.SecurityAlternatives[i].Credentials;
            var condition = string.Join(" && ", credentials.Select(c => Syntax.IsNotNull(ClientEmitter.CredentialsField(c))));
            var statements = string.Join(" ", credentials.Select(Authorize));
            writer.Line((i == 0 ? "if" : "else if") + " (" + condition + ") { " + statements + " }");
        }
    }

    private static string Authorize(CredentialModel credential) => credential.Kind == CredentialKind.ApiKey
        ? "_core.AuthorizeApiKey(" + L.HttpRequest + ", " + ClientEmitter.CredentialsField(credential) + ", " + RuntimeNames.Http + "ApiKeyLocation." + credential.KeyLocation + ", " + CSharpLiteral.String(credential.KeyName!) + ");"
        : "await _core.AuthorizeAsync(" + L.HttpRequest + ", " + ClientEmitter.CredentialsField(credential) + ", " + L.CancellationToken + ")" + OperationContext.Await + ";";

    private string Verb(OperationModel operation) => operation.Verb switch
    {
        HttpVerb.Get => RuntimeNames.HttpMethod + ".Get",
        HttpVerb.Post => RuntimeNames.HttpMethod + ".Post",
        HttpVerb.Put => RuntimeNames.HttpMethod + ".Put",
        HttpVerb.Delete => RuntimeNames.HttpMethod + ".Delete",
        HttpVerb.Patch => Syntax.HttpPatch,
        HttpVerb.Head => RuntimeNames.HttpMethod + ".Head",
        HttpVerb.Options => RuntimeNames.HttpMethod + ".Options",
        HttpVerb.Trace => RuntimeNames.HttpMethod + ".Trace",
        _ => "new " + RuntimeNames.HttpMethod + "(" + CSharpLiteral.String(VerbText(operation).ToUpperInvariant()) + ")",
    };

    private static string VerbText(OperationModel operation) =>
        operation.Verb == HttpVerb.Extension ? operation.ExtensionVerb! : operation.Verb.ToString().ToUpperInvariant();
}
