using System;
using ConferenceGen.Generator.Model;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Operations;

/// <summary>How a media type is written and read.</summary>
internal static class MediaTypes
{
    /// <summary>
    /// How a body of this media type is written; null for media types the client cannot produce (XML). A schema of
    /// raw bytes (<c>format: binary</c>) is a stream whatever the media type says, as in Bandwidth's media upload.
    /// </summary>
    public static BodyKind? Classify(string mediaType, IOpenApiSchema? schema = null)
    {
        // A reference resolves its target on every property read, which costs far more than the read: resolve it once.
        schema = References.Resolved(schema);
        var type = mediaType.Split(';')[0].Trim().ToLowerInvariant();
        if (IsBinary(schema))
        {
            return type.StartsWith("multipart/", StringComparison.Ordinal) ? BodyKind.Multipart : BodyKind.Stream;
        }

        if (IsJsonType(type) || type == "*/*" || type == "application/*")
        {
            return BodyKind.Json;
        }

        if (type == "application/x-www-form-urlencoded")
        {
            return BodyKind.Form;
        }

        if (type.StartsWith("multipart/", StringComparison.Ordinal))
        {
            return BodyKind.Multipart;
        }

        if (type.EndsWith("/xml", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal))
        {
            // A document given as a string (Bandwidth's BXML) is sent as text; objects have no XML writer.
            return schema is null || schema.Type == JsonSchemaType.String ? BodyKind.Text : null;
        }

        return type.StartsWith("text/", StringComparison.Ordinal) ? BodyKind.Text : BodyKind.Stream;
    }

    /// <summary>Whether a media type (parameters allowed) names JSON itself: <c>application/json</c>, <c>text/json</c> or <c>*+json</c>, not a wildcard.</summary>
    public static bool IsJson(string mediaType) => IsJsonType(mediaType.Split(';')[0].Trim().ToLowerInvariant());

    /// <summary>The Content-Type to send: the spec's media type, or JSON for a wildcard.</summary>
    public static string ContentType(string mediaType) => mediaType.Contains("*") ? "application/json" : mediaType;

    private static bool IsJsonType(string type) =>
        type == "application/json" || type == "text/json" || type.EndsWith("+json", StringComparison.Ordinal);

    private static bool IsBinary(IOpenApiSchema? schema) =>
        schema is not null && (schema.Type ?? 0) is JsonSchemaType.String or 0 && schema.Format is "binary";
}
