using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Building.Schemas;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Operations;

/// <summary>
/// The replies of an operation: what the method returns, and one case per documented status. The first success
/// with a body sets the return type; other successes return the same type, null or nothing; errors with a JSON
/// body throw it typed. A redirect (3xx) that documents a JSON body is a reply like a success (Twilio's payload
/// data answers 307 with <c>{redirect_to}</c>), after the 2xx ones; one without is an error, as before.
/// </summary>
internal sealed class ResponseBuilder(SchemaCatalogue schemas, DiagnosticList diagnostics)
{
    /// <returns>The return type (null for none), the cases, and the JSON type returned, for paging.</returns>
    public (TypeRef? ReturnType, List<ReplyCase> Cases, TypeRef? Returned) Build(OpenApiResponses? responses, string baseName, string pointer)
    {
        var entries = (responses ?? new OpenApiResponses())
            .Select(pair => (Code: pair.Key.Trim(), Response: Target(pair.Value), Pointer: pointer + "/" + Pointer.Escape(pair.Key)))
            .Select(e => (e.Code, e.Response, e.Pointer, Body: BodyOf(e.Response)))
            .ToList();
        var success = entries.Where(e => IsReturned(e.Code, e.Body)).OrderBy(e => IsSuccess(e.Code) ? 0 : 1).ToList();
        var withBody = success.Count(e => e.Body is not null);

        TypeRef? returned = null;
        var returnsStream = false;
        foreach (var entry in success)
        {
            if (entry.Body is { } media)
            {
                if (media.Kind == BodyKind.Json)
                {
                    returned = schemas.Resolve(media.Media?.Schema, withBody > 1 ? baseName + "Response" + entry.Code : baseName + "Response", SchemaPointer(entry.Pointer, media));
                }
                else
                {
                    returnsStream = true;
                }

                break;
            }
        }

        var anyEmptySuccess = success.Any(e => e.Body is null);
        var returnType = returnsStream
            ? new TypeRef(TypeKind.Stream, Nullable: anyEmptySuccess)
            : returned?.WithNullable(anyEmptySuccess || returned.Nullable);

        var cases = new List<ReplyCase>();
        foreach (var entry in entries.OrderBy(e => CaseOrder(e.Code)))
        {
            if (StatusOf(entry.Code) is not { } status)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidContent, entry.Pointer, $"'{entry.Code}' is not an HTTP status code, a range such as 4XX, or 'default'", "the response is ignored");
                continue;
            }

            cases.Add(Case(entry.Code, status, entry.Response, entry.Pointer, entry.Body, baseName, returnType, returned, returnsStream));
        }

        if (!entries.Any(e => IsSuccess(e.Code)))
        {
            // Nothing documents a 2xx: any 2xx is success without a body, or, for a method that returns a documented
            // redirect's body, a reply it cannot return.
            var at = cases.FindIndex(c => c.Status.Kind == StatusMatchKind.Default);
            var action = returnType is null ? ReplyAction.ReturnVoid : ReplyAction.ThrowUnexpected;
            cases.Insert(at >= 0 ? at : cases.Count, new ReplyCase(StatusMatch.AnySuccess, action, null, null));
        }

        if (!cases.Any(c => c.Status.Kind == StatusMatchKind.Default))
        {
            cases.Add(new ReplyCase(StatusMatch.Default, ReplyAction.Throw, null, null));
        }

        return (returnType, cases, returnsStream ? null : returned);
    }

    /// <summary>
    /// The media types the replies document, success and error alike, each once (ignoring case), JSON first (the
    /// client reads JSON where a reply offers several), then in the spec's order. A media type that is no header text
    /// (control characters, non-ASCII) is left out: it could not be sent.
    /// </summary>
    public static List<string> MediaTypesOf(OpenApiResponses? responses)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var all = new List<string>();
        foreach (var pair in responses ?? new OpenApiResponses())
        {
            foreach (var mediaType in Target(pair.Value)?.Content?.Keys ?? Enumerable.Empty<string>())
            {
                var text = mediaType.Trim();
                if (text.Length > 0 && text.All(c => c >= ' ' && c <= '~') && seen.Add(text))
                {
                    all.Add(text);
                }
            }
        }

        return all.Where(MediaTypes.IsJson).Concat(all.Where(m => !MediaTypes.IsJson(m))).ToList();
    }

    private ReplyCase Case(string code, StatusMatch status, IOpenApiResponse? response, string pointer, ReplyBody? body, string baseName, TypeRef? returnType, TypeRef? returned, bool returnsStream)
    {
        var description = response?.Description;
        if (!IsReturned(code, body))
        {
            if (body is { Kind: BodyKind.Json } error)
            {
                var type = schemas.Resolve(error.Media?.Schema, baseName + "Error" + (code == "default" ? string.Empty : code), SchemaPointer(pointer, error));
                return new ReplyCase(status, ReplyAction.ThrowTyped, type, description);
            }

            return new ReplyCase(status, ReplyAction.Throw, null, description);
        }

        if (body is null)
        {
            return new ReplyCase(status, returnType is null ? ReplyAction.ReturnVoid : ReplyAction.ReturnNull, null, description);
        }

        if (returnsStream)
        {
            return new ReplyCase(status, ReplyAction.ReturnStream, null, description);
        }

        if (body.Value.Kind == BodyKind.Json && returned is not null)
        {
            var type = schemas.Resolve(body.Value.Media?.Schema, baseName + "Response" + code, SchemaPointer(pointer, body.Value));
            if (type.WithNullable(false) == returned.WithNullable(false))
            {
                return new ReplyCase(status, ReplyAction.ReturnJson, returned, description);
            }

            diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"A success reply of another type than the operation's first one ({returned.Describe()})", "the method throws an ApiException for it, with the raw body");
        }

        return new ReplyCase(status, ReplyAction.ThrowUnexpected, null, description);
    }

    private static string SchemaPointer(string responsePointer, ReplyBody body) =>
        responsePointer + "/content/" + Pointer.Escape(body.MediaType) + "/schema";

    private static IOpenApiResponse? Target(IOpenApiResponse? response) =>
        response is OpenApiResponseReference reference ? References.TargetOf(() => reference.Target) : response;

    /// <summary>The body of a reply, with its kind worked out once: classifying reads the schema, and a schema reference resolves its target on every read.</summary>
    private readonly record struct ReplyBody(string MediaType, IOpenApiMediaType? Media, BodyKind? Kind);

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
            if (body.Kind == BodyKind.Json)
            {
                return body;
            }

            first ??= body;
        }

        return first;
    }

    private static bool IsSuccess(string code) => code.Length == 3 && code[0] == '2';

    /// <summary>Whether the method returns what a reply carries: a success, or a redirect that documents a JSON body.</summary>
    private static bool IsReturned(string code, ReplyBody? body) =>
        IsSuccess(code) || (code.Length == 3 && code[0] == '3' && body is { Kind: BodyKind.Json });

    private static int CaseOrder(string code) =>
        code == "default" ? 2 : code.EndsWith("XX", StringComparison.OrdinalIgnoreCase) ? 1 : 0;

    private static StatusMatch? StatusOf(string code)
    {
        if (code == "default")
        {
            return StatusMatch.Default;
        }

        if (code.Length == 3 && code[0] >= '1' && code[0] <= '5' && code.Substring(1).Equals("XX", StringComparison.OrdinalIgnoreCase))
        {
            return new StatusMatch(StatusMatchKind.Range, (code[0] - '0') * 100);
        }

        if (code.Length == 3 && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status >= 100 && status <= 599)
        {
            return new StatusMatch(StatusMatchKind.Code, status);
        }

        return null;
    }
}
