using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building;

/// <summary>Builds one client method from an operation: signature, URL, body, credentials and the reply switch.</summary>
internal sealed class OperationBuilder
{
    private static readonly Regex PathVariable = new(@"\{([^{}]*)\}", RegexOptions.CultureInvariant);

    // Locals of generated methods; parameters with these names are renamed.
    private static readonly string[] ReservedParameterNames =
        ["cancellationToken", "bodyFormat", "httpRequest", "httpResponse", "queryString", "cookieHeader", "path", "pageReply", "pageCancellationToken"];

    // OpenAPI 3: header parameters with these names are ignored (the client sets them from the body and security).
    private static readonly HashSet<string> IgnoredHeaders = new(StringComparer.OrdinalIgnoreCase) { "Accept", "Content-Type", "Authorization" };

    private readonly TypeResolver _types;
    private readonly DiagnosticList _diagnostics;
    private readonly ServerBuilder _servers;
    private readonly SecurityBuilder _security;
    private readonly NameScope _methodNames;
    private readonly IReadOnlyList<string> _nextLinks;

    public OperationBuilder(TypeResolver types, DiagnosticList diagnostics, ServerBuilder servers, SecurityBuilder security, NameScope methodNames, IReadOnlyList<string> nextLinks)
    {
        _nextLinks = nextLinks;
        _types = types;
        _diagnostics = diagnostics;
        _servers = servers;
        _security = security;
        _methodNames = methodNames;
    }

    public OperationModel Build(string path, IOpenApiPathItem pathItem, HttpMethod method, OpenApiOperation operation, string pointer)
    {
        var baseName = BaseName(path, method, operation);

        // Duplicate operationIds get a number before the Async suffix: GetWidget2Async.
        var unique = _methodNames.Claim(baseName);
        if (!string.Equals(unique, baseName, StringComparison.Ordinal))
        {
            _diagnostics.Add(DiagnosticDescriptors.NameChanged, pointer, baseName + "Async", "another operation", unique + "Async");
        }

        baseName = Identifier.Bare(unique);
        var methodName = baseName + "Async";

        var parameterNames = new NameScope(ReservedParameterNames);
        var parameters = Parameters(pathItem, operation, pointer)
            .Select(p => BuildParameter(p.Parameter, baseName, p.Pointer, parameterNames))
            .Where(p => p is not null)
            .Select(p => p!)
            .ToList();

        var pathParts = PathParts(path, parameters, parameterNames, pointer);
        var body = BuildBody(operation.RequestBody, baseName, pointer + "/requestBody", parameterNames);
        var (returnType, responses, returned) = BuildResponses(operation.Responses, baseName, pointer + "/responses");
        var paging = method == HttpMethod.Get && returned is not null && !returnType.EndsWith("?", StringComparison.Ordinal)
            ? PagingDetector.Detect(returned, _types, Identifier.Bare(_methodNames.Claim(baseName + "Items")) + "Async", _nextLinks)
            : null;

        var docs = DocText.Lines(operation.Summary, operation.Description).ToEquatableArray();

        return new OperationModel(
            methodName,
            HttpMethodExpression(method),
            DocText.Escape(method.Method + " " + path),
            docs,
            operation.Deprecated,
            pathParts.ToEquatableArray(),
            parameters.ToEquatableArray(),
            body,
            returnType,
            responses.ToEquatableArray(),
            _servers.OperationServer(operation.Servers ?? pathItem.Servers, pointer),
            string.Join(" or ", responses.Where(r => r.Kind == ResponseKinds.ReturnStream).Select(r => r.Pattern.Contains(" and ") ? "(" + r.Pattern + ")" : r.Pattern)),
            paging,
            _security.Alternatives(operation.Security, pointer));
    }

    /// <summary>The operation's name before it is made unique: its operationId, else its method and path.</summary>
    public static string BaseName(string path, HttpMethod method, OpenApiOperation operation) =>
        Identifier.Pascal(operation.OperationId, Identifier.Pascal(method.Method.ToLowerInvariant() + " " + path, "Operation"));

    private static IEnumerable<(IOpenApiParameter Parameter, string Pointer)> Parameters(IOpenApiPathItem pathItem, OpenApiOperation operation, string pointer)
    {
        // Operation parameters override path-level ones with the same name and location.
        var own = (operation.Parameters ?? new List<IOpenApiParameter>()).Select((p, i) => (p, pointer + "/parameters/" + i.ToString(CultureInfo.InvariantCulture))).ToList();
        var inherited = (pathItem.Parameters ?? new List<IOpenApiParameter>())
            .Select((p, i) => (p, pointer.Substring(0, pointer.LastIndexOf('/')) + "/parameters/" + i.ToString(CultureInfo.InvariantCulture)))
            .Where(pair => !own.Any(o => o.p.Name == pair.p.Name && o.p.In == pair.p.In));
        return inherited.Concat(own).Where(pair => pair.p is not null && !string.IsNullOrEmpty(pair.p.Name));
    }

    private ParameterModel? BuildParameter(IOpenApiParameter parameter, string baseName, string pointer, NameScope names)
    {
        var location = parameter.In switch
        {
            ParameterLocation.Path => "path",
            ParameterLocation.Query => "query",
            ParameterLocation.Header => "header",
            ParameterLocation.Cookie => "cookie",
            _ => null,
        };
        if (location is null)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"The parameter '{parameter.Name}' has no valid location ('in'); it is not generated");
            return null;
        }

        if (location == "header" && IgnoredHeaders.Contains(parameter.Name!))
        {
            return null;
        }

        var schema = parameter.Schema ?? parameter.Content?.Values.FirstOrDefault()?.Schema;
        var type = _types.Resolve(schema, baseName + Identifier.Pascal(parameter.Name, "Value"), pointer + "/schema");
        var required = parameter.Required || location == "path";
        var name = names.Claim(Identifier.Camel(parameter.Name, "value", type.Temporal));
        var style = parameter.Style switch
        {
            ParameterStyle.Form => "form",
            ParameterStyle.SpaceDelimited => "spaceDelimited",
            ParameterStyle.PipeDelimited => "pipeDelimited",
            ParameterStyle.DeepObject => "deepObject",
            ParameterStyle.Simple => "simple",
            ParameterStyle.Label => "label",
            ParameterStyle.Matrix => "matrix",
            _ => location is "query" or "cookie" ? "form" : "simple",
        };
        var separator = style switch
        {
            "spaceDelimited" => ' ',
            "pipeDelimited" => '|',
            _ => ',',
        };

        string shape;
        string codec;
        string itemType;
        if (type.IsText)
        {
            (shape, codec, itemType) = ("scalar", type.Codec, type.Type);
        }
        else if (type.Shape == "list" && type.Item is { IsText: true, Nullable: false } item)
        {
            (shape, codec, itemType) = ("list", item.Codec, item.Type);
        }
        else if (type.Shape == "map" && type.Item is { IsText: true, Nullable: false } value)
        {
            (shape, codec, itemType) = ("map", value.Codec, value.Type);
        }
        else if (type.Shape == "object")
        {
            (shape, codec, itemType) = ("object", type.Codec, type.Type);
        }
        else
        {
            (shape, codec, itemType) = ("json", type.Codec, type.Type);
        }

        var declared = required ? type.Type : type.NullableType;
        var valueExpression = !required && type.IsValueType ? name + ".Value" : name;
        return new ParameterModel(
            name,
            Identifier.Bare(name),
            CSharpLiteral.String(parameter.Name!),
            location,
            declared,
            codec,
            itemType,
            shape,
            CSharpLiteral.Char(separator),
            parameter.Explode,
            style,
            required,
            valueExpression,
            required && !type.IsValueType,
            DocText.Summary(parameter.Description));
    }

    private List<PathPart> PathParts(string path, List<ParameterModel> parameters, NameScope names, string pointer)
    {
        var parts = new List<PathPart>();
        var position = 0;
        foreach (Match match in PathVariable.Matches(path))
        {
            if (match.Index > position)
            {
                parts.Add(new PathPart(CSharpLiteral.InterpolatedPart(PathLiteral.Encode(path.Substring(position, match.Index - position))), null, null, null, string.Empty));
            }

            var wireName = match.Groups[1].Value;
            var parameter = parameters.FirstOrDefault(p => p.Location == "path" && p.WireLiteral == CSharpLiteral.String(wireName));
            if (parameter is null)
            {
                // The template names a variable no parameter declares: still send the right URL, from a string argument.
                _diagnostics.Add(DiagnosticDescriptors.InvalidContent, pointer, $"The path variable '{{{wireName}}}' has no path parameter; it is generated as a string parameter");
                var synthesized = names.Claim(Identifier.Camel(wireName, "value"));
                parameter = new ParameterModel(
                    synthesized, Identifier.Bare(synthesized), CSharpLiteral.String(wireName), "path", "string", KnownTypes.String, "string",
                    "scalar", "','", false, "simple", true, string.Empty, true, string.Empty);
                parameter = parameter with { ValueExpression = parameter.Name };
                parameters.Add(parameter);
            }

            parts.Add(new PathPart(null, parameter.Name, parameter.ItemType, parameter.Codec, parameter.Shape));
            position = match.Index + match.Length;
        }

        if (position < path.Length)
        {
            parts.Add(new PathPart(CSharpLiteral.InterpolatedPart(PathLiteral.Encode(path.Substring(position))), null, null, null, string.Empty));
        }

        return parts;
    }

    private BodyModel? BuildBody(IOpenApiRequestBody? requestBody, string baseName, string pointer, NameScope names)
    {
        if (requestBody?.Content is not { Count: > 0 } content)
        {
            return null;
        }

        // Every media type the client can write, in the spec's order; the first one is sent by default.
        TypeUsage? type = null;
        var encodings = new List<BodyEncoding>();
        var binaryMediaTypes = 0;
        foreach (var media in content)
        {
            var kind = MediaTypes.Classify(media.Key, media.Value?.Schema);
            if (kind == MediaTypes.Stream)
            {
                binaryMediaTypes++;
            }

            if (kind is null || encodings.Any(e => e.Kind == kind))
            {
                continue;
            }

            var mediaPointer = pointer + "/content/" + Pointer.Escape(media.Key);
            var hint = (media.Value?.Schema as OpenApiSchema)?.Title is { Length: > 0 } title ? Identifier.Pascal(title, baseName + "Request") : baseName + "Request";
            TypeUsage candidate = kind switch
            {
                MediaTypes.Stream => new TypeUsage("global::System.IO.Stream", string.Empty, "stream", IsValueType: false),
                MediaTypes.Text => new TypeUsage("string", KnownTypes.String, "scalar", IsValueType: false),
                _ => _types.Resolve(media.Value?.Schema, hint, mediaPointer + "/schema"),
            };

            var model = candidate.Shape == "object" ? _types.FindObject(candidate.Type) : null;
            if (kind is MediaTypes.Form or MediaTypes.Multipart && model is null)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, mediaPointer, $"A {media.Key} body must be an object schema; this media type is not offered");
                continue;
            }

            if (type is not null && candidate.Type != type.Type)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, mediaPointer, $"This media type has another schema than the body's first one ({type.Type}); it is not offered");
                continue;
            }

            type ??= candidate;
            if (kind == MediaTypes.Form)
            {
                model!.IsFormBody = true;
            }
            else if (kind == MediaTypes.Multipart)
            {
                model!.IsMultipartBody = true;
            }

            encodings.Add(new BodyEncoding(kind, CSharpLiteral.String(MediaTypes.ContentType(media.Key)), FormatOf(kind), DocText.Escape(media.Key)));
        }

        if (type is null)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"No media type of this request body can be sent ({string.Join(", ", content.Keys)}); the operation is generated without a body");
            return null;
        }

        var name = names.Claim(type.Type.EndsWith("Request", StringComparison.Ordinal) ? "request" : "body");

        // Raw bytes offered in several media types (audio, PDF, ...): the caller says which one this upload is.
        var contentTypeParameter = binaryMediaTypes > 1 && encodings.Any(e => e.Kind == MediaTypes.Stream) ? names.Claim("contentType") : null;
        var required = requestBody.Required;
        return new BodyModel(
            name,
            required ? type.Type : type.NullableType,
            type.Type,
            type.Codec,
            encodings.ToEquatableArray(),
            contentTypeParameter,
            required,
            !required && type.IsValueType ? name + ".Value" : name,
            required && !type.IsValueType,
            DocText.Summary(requestBody.Description));
    }

    private static string FormatOf(string kind) => kind switch
    {
        MediaTypes.Form => "Form",
        MediaTypes.Multipart => "Multipart",
        MediaTypes.Text => "Text",
        MediaTypes.Stream => "Binary",
        _ => "Json",
    };

    private (string ReturnType, List<ResponseCase> Cases, TypeUsage? Returned) BuildResponses(OpenApiResponses? responses, string baseName, string pointer)
    {
        var entries = (responses ?? new OpenApiResponses())
            .Select(pair => (Code: pair.Key.Trim(), Response: Target(pair.Value), Pointer: pointer + "/" + Pointer.Escape(pair.Key)))
            .Select(e => (e.Code, e.Response, e.Pointer, Body: BodyOf(e.Response)))
            .ToList();
        var success = entries.Where(e => IsSuccess(e.Code)).ToList();
        var withBody = success.Count(e => e.Body is not null);

        // The first success with a body sets the return type; the others return the same type, null or nothing.
        TypeUsage? returned = null;
        var returnsStream = false;
        foreach (var entry in success)
        {
            if (entry.Body is { } media)
            {
                if (media.Kind == MediaTypes.Json)
                {
                    returned = _types.Resolve(media.Media?.Schema, withBody > 1 ? baseName + "Response" + entry.Code : baseName + "Response", entry.Pointer + "/content/" + Pointer.Escape(media.MediaType) + "/schema");
                }
                else
                {
                    returnsStream = true;
                }

                break;
            }
        }

        var anyEmptySuccess = success.Any(e => e.Body is null);
        string returnType;
        if (returnsStream)
        {
            returnType = anyEmptySuccess ? "global::System.IO.Stream?" : "global::System.IO.Stream";
        }
        else if (returned is not null)
        {
            returnType = anyEmptySuccess || returned.Nullable ? returned.NullableType : returned.Type;
        }
        else
        {
            returnType = string.Empty;
        }

        var cases = new List<ResponseCase>();
        foreach (var entry in entries.OrderBy(e => CaseOrder(e.Code)))
        {
            var (label, pattern) = CaseLabel(entry.Code);
            if (label is null)
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidContent, entry.Pointer, $"'{entry.Code}' is not an HTTP status code, a range such as 4XX, or 'default'; the response is ignored");
                continue;
            }

            var docs = DocText.Lines(entry.Response?.Description).ToEquatableArray();
            var media = entry.Body;
            var isJson = media?.Kind == MediaTypes.Json;
            if (IsSuccess(entry.Code))
            {
                if (media is null)
                {
                    cases.Add(new ResponseCase(label, pattern, returnType.Length == 0 ? ResponseKinds.ReturnVoid : ResponseKinds.ReturnNull, null, null, docs));
                }
                else if (returnsStream)
                {
                    cases.Add(new ResponseCase(label, pattern, ResponseKinds.ReturnStream, null, null, docs));
                }
                else if (isJson && returned is not null)
                {
                    var type = _types.Resolve(media.Value.Media?.Schema, baseName + "Response" + entry.Code, entry.Pointer + "/content/" + Pointer.Escape(media.Value.MediaType) + "/schema");
                    if (type.Type == returned.Type)
                    {
                        var (readType, codec) = returned.Nullable ? (returned.NullableType, returned.NullableCodec) : (returned.Type, returned.Codec);
                        cases.Add(new ResponseCase(label, pattern, ResponseKinds.ReturnJson, readType, codec, docs));
                    }
                    else
                    {
                        _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, entry.Pointer, $"This success reply has another type than the operation's first one ({returned.Type}); the method throws an ApiException for it, with the raw body");
                        cases.Add(new ResponseCase(label, pattern, ResponseKinds.ThrowUnexpected, null, null, docs));
                    }
                }
                else
                {
                    cases.Add(new ResponseCase(label, pattern, ResponseKinds.ThrowUnexpected, null, null, docs));
                }
            }
            else if (isJson)
            {
                var type = _types.Resolve(media!.Value.Media?.Schema, baseName + "Error" + (entry.Code == "default" ? string.Empty : entry.Code), entry.Pointer + "/content/" + Pointer.Escape(media.Value.MediaType) + "/schema");
                cases.Add(new ResponseCase(label, pattern, ResponseKinds.ThrowTyped, type.Type, type.Codec, docs));
            }
            else
            {
                cases.Add(new ResponseCase(label, pattern, ResponseKinds.Throw, null, null, docs));
            }
        }

        if (success.Count == 0)
        {
            // Nothing documents success: any 2xx is success without a body.
            cases.Insert(cases.FindIndex(c => c.Label == "default:") is var at && at >= 0 ? at : cases.Count,
                new ResponseCase("case >= 200 and < 300:", ">= 200 and < 300", ResponseKinds.ReturnVoid, null, null, EquatableArray<string>.Empty));
        }

        if (!cases.Any(c => c.Label == "default:"))
        {
            cases.Add(new ResponseCase("default:", "_", ResponseKinds.Throw, null, null, EquatableArray<string>.Empty));
        }

        return (returnType, cases, returnsStream ? null : returned);
    }

    private IOpenApiResponse? Target(IOpenApiResponse? response)
    {
        try
        {
            return response is OpenApiResponseReference reference ? reference.Target : response;
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>The body of a reply, with its kind worked out once: classifying reads the schema, and a schema reference resolves its target on every read.</summary>
    private readonly record struct ReplyBody(string MediaType, IOpenApiMediaType? Media, string? Kind);

    private static ReplyBody? BodyOf(IOpenApiResponse? response)
    {
        if (response?.Content is not { Count: > 0 } content)
        {
            return null;
        }

        // Prefer JSON where a reply offers several media types.
        ReplyBody? first = null;
        foreach (var pair in content)
        {
            var body = new ReplyBody(pair.Key, pair.Value, MediaTypes.Classify(pair.Key, pair.Value?.Schema));
            if (body.Kind == MediaTypes.Json)
            {
                return body;
            }

            first ??= body;
        }

        return first;
    }

    private static bool IsSuccess(string code) => code.Length == 3 && code[0] == '2';

    private static int CaseOrder(string code) =>
        code == "default" ? 2 : code.EndsWith("XX", StringComparison.OrdinalIgnoreCase) ? 1 : 0;

    private static (string? Label, string Pattern) CaseLabel(string code)
    {
        if (code == "default")
        {
            return ("default:", "_");
        }

        if (code.Length == 3 && code[0] >= '1' && code[0] <= '5' && code.Substring(1).Equals("XX", StringComparison.OrdinalIgnoreCase))
        {
            var low = (code[0] - '0') * 100;
            var pattern = $">= {low} and < {low + 100}";
            return ($"case {pattern}:", pattern);
        }

        if (code.Length == 3 && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status >= 100 && status <= 599)
        {
            return ($"case {status}:", status.ToString(CultureInfo.InvariantCulture));
        }

        return (null, string.Empty);
    }

    private static string HttpMethodExpression(HttpMethod method) => method.Method.ToUpperInvariant() switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        "TRACE" => "global::System.Net.Http.HttpMethod.Trace",
        var other => $"new global::System.Net.Http.HttpMethod({CSharpLiteral.String(other)})",
    };
}
