using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using ConferenceGen.Generator.Building.Schemas;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Operations;

/// <summary>
/// Builds one client method from an operation: its name, then, in this order (which fixes the names of inline
/// types), parameters, path, body, replies, paging, server and credentials.
/// </summary>
internal sealed class OperationBuilder
{
    private readonly SchemaCatalogue _schemas;
    private readonly DiagnosticList _diagnostics;
    private readonly ServerBuilder _servers;
    private readonly SecurityBuilder _security;
    private readonly NameScope _methodNames;
    private readonly IReadOnlyList<string> _nextLinks;
    private readonly ParameterBuilder _parameters;
    private readonly RequestBodyBuilder _bodies;
    private readonly ResponseBuilder _responses;

    public OperationBuilder(SchemaCatalogue schemas, DiagnosticList diagnostics, ServerBuilder servers, SecurityBuilder security, NameScope methodNames, IReadOnlyList<string> nextLinks)
    {
        _schemas = schemas;
        _diagnostics = diagnostics;
        _servers = servers;
        _security = security;
        _methodNames = methodNames;
        _nextLinks = nextLinks;
        _parameters = new ParameterBuilder(schemas, diagnostics);
        _bodies = new RequestBodyBuilder(schemas, diagnostics);
        _responses = new ResponseBuilder(schemas, diagnostics);
    }

    /// <summary>
    /// The operation's methods: one, or, when its request body lists media types of different schemas, one more
    /// per further schema. Those are overloads of the same name unless a call could not tell them apart.
    /// </summary>
    public IReadOnlyList<OperationMethod> Build(PathKey path, IOpenApiPathItem pathItem, HttpMethod method, OpenApiOperation operation, string pointer)
    {
        // Named from the whole key: `/x?a=1` and `/x?a=2` are two operations.
        var baseName = BaseName(path.Readable, method, operation);

        // Duplicate operationIds get a number before the Async suffix (GetWidget2Async); one of a path with a
        // literal query gets the query first (DeleteItemsActionArchiveAsync).
        var unique = path.Query.Count > 0 && _methodNames.IsTaken(baseName)
            ? _methodNames.Claim(baseName + Identifier.Pascal(path.QueryText, "Query"))
            : _methodNames.Claim(baseName);
        if (!string.Equals(unique, baseName, StringComparison.Ordinal))
        {
            _diagnostics.Add(DiagnosticDescriptors.NameChanged, pointer, baseName + "Async", "another operation", unique + "Async");
        }

        baseName = unique;

        // Parameters never take a name the generated method uses for its own locals.
        var parameterNames = new NameScope(GeneratedLocals.OperationScope);
        var parameters = _parameters.Build(pathItem, operation, baseName, pointer, parameterNames);
        var pathSegments = PathBuilder.Build(path.Template, parameters, parameterNames, pointer, _diagnostics);
        var bodies = _bodies.Build(operation.RequestBody, baseName, pointer + "/requestBody", parameterNames);
        var (returnType, replies, returned) = _responses.Build(operation.Responses, baseName, pointer + "/responses");
        var replyMediaTypes = ResponseBuilder.MediaTypesOf(operation.Responses);
        var paging = method == HttpMethod.Get && returned is not null && returnType is { Nullable: false }
            ? PagingDetector.Detect(returned, _schemas, _methodNames.Claim(baseName + "Items") + "Async", _nextLinks)
            : null;
        if (paging is not null)
        {
            // The pager sends the operation's own request and reads pages as the operation reads its reply.
            paging = paging with
            {
                RequestMethodName = _methodNames.Claim(baseName + "Request") + "Async",
                ReplyMethodName = _methodNames.Claim(baseName + "Reply") + "Async",
            };
        }
        var server = _servers.OperationServer(operation.Servers ?? pathItem.Servers, pointer);
        var verb = Verbs.Of(method);
        var security = _security.Alternatives(operation.Security);

        var model = new OperationModel(
            baseName + "Async",
            verb,
            verb == HttpVerb.Extension ? method.Method : null,
            path.Key,
            operation.Summary,
            operation.Description,
            operation.Deprecated,
            pathSegments.ToEquatableArray(),
            parameters.ToEquatableArray(),
            path.Query.ToEquatableArray(),
            bodies.Count > 0 ? bodies[0] : null,
            returnType,
            replies.ToEquatableArray(),
            replyMediaTypes.ToEquatableArray(),
            server,
            paging,
            security);
        var methods = new List<OperationMethod> { new(model.MethodName, model) };
        for (var i = 1; i < bodies.Count; i++)
        {
            var body = bodies[i];
            var kind = RequestBodyBuilder.KindName(body.Encodings[0].Kind);
            var overload = model with { Body = body, Paging = null };

            // The body's C# type tells overloads apart, so it must differ from every earlier one; and a method with
            // an all-pages method keeps no overloads, whose <see cref> would be ambiguous.
            var sameType = methods.FirstOrDefault(m => m.Model.MethodName == model.MethodName && m.Model.Body!.Type.IsSameTypeAs(body.Type));
            if (sameType is not null || paging is not null)
            {
                var name = _methodNames.Claim(baseName + kind);
                var why = sameType is not null
                    ? "the overload for " + sameType.Model.Body!.Encodings[0].MediaType + ", whose body has the same C# type as the one for " + body.Encodings[0].MediaType
                    : "the method for " + model.Body!.Encodings[0].MediaType + ", which has an all-pages method and so no overloads";
                _diagnostics.Add(DiagnosticDescriptors.NameChanged, pointer + "/requestBody/content/" + Pointer.Escape(body.Encodings[0].MediaType), baseName + "Async", why, name + "Async");
                methods.Add(new OperationMethod(name + "Async", overload with { MethodName = name + "Async" }));
            }
            else
            {
                // Same name: the file is told apart by the kind of body, which no other group of the operation has.
                methods.Add(new OperationMethod(model.MethodName + "." + kind, overload));
            }
        }

        return methods;
    }

    /// <summary>The operation's name before it is made unique: its operationId, else its method and path.</summary>
    public static string BaseName(string path, HttpMethod method, OpenApiOperation operation) =>
        Identifier.Pascal(operation.OperationId, Identifier.Pascal(method.Method.ToLowerInvariant() + " " + path, "Operation"));
}

/// <summary>One generated method of an operation, and the key of its file (unique among the client's methods).</summary>
internal sealed record OperationMethod(string Key, OperationModel Model);
