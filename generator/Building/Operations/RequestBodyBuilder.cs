using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Building.Schemas;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Operations;

/// <summary>
/// The request body: one <see cref="BodyModel"/> per group of media types that share a schema, in the spec's
/// order. The first group is the method's own body; each further group becomes an overload of the method.
/// </summary>
internal sealed class RequestBodyBuilder(SchemaCatalogue schemas, DiagnosticList diagnostics)
{
    public IReadOnlyList<BodyModel> Build(IOpenApiRequestBody? requestBody, string baseName, string pointer, NameScope names)
    {
        if (requestBody?.Content is not { Count: > 0 } content)
        {
            return [];
        }

        // The first media type the client can write is sent by default; the first of each kind is kept.
        var groups = new List<BodyGroup>();
        var kinds = new HashSet<BodyKind>();
        var binaryMediaTypes = 0;
        var skippedEmpty = false;
        foreach (var media in content)
        {
            var kind = MediaTypes.Classify(media.Key, media.Value?.Schema);
            if (kind == BodyKind.Stream)
            {
                binaryMediaTypes++;
            }

            if (kind is null || kinds.Contains(kind.Value))
            {
                continue;
            }

            if (kind is BodyKind.Form or BodyKind.Multipart && IsEmptyObject(media.Value?.Schema))
            {
                // `type: object, properties: {}`: nothing can be set, so there is no body to send (Stripe's GETs).
                skippedEmpty = true;
                continue;
            }

            var mediaPointer = pointer + "/content/" + Pointer.Escape(media.Key);
            var schema = media.Value?.Schema;

            // The same inline schema under several media types (JSON, form and multipart of one union) is one type.
            // A later group's inline type is named for its media type (CreateMessageMultipartRequest).
            var candidate = kind switch
            {
                BodyKind.Stream => new TypeRef(TypeKind.Stream),
                BodyKind.Text => TypeRef.String,
                _ => groups.FirstOrDefault(g => IsSameSchema(schema, g.Schema))?.Type
                    ?? schemas.Resolve(schema, TypeHint(schema, baseName + (groups.Count == 0 ? string.Empty : KindName(kind.Value)) + "Request"), mediaPointer + "/schema"),
            };

            if (kind is BodyKind.Form or BodyKind.Multipart && !HasFields(candidate, schema))
            {
                diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, mediaPointer, $"A {media.Key} body that is neither an object, a map nor a oneOf/anyOf of objects", "this media type is not offered");
                continue;
            }

            kinds.Add(kind.Value);
            var group = groups.FirstOrDefault(g => g.Type.WithNullable(false) == candidate.WithNullable(false));
            if (group is null)
            {
                group = new BodyGroup(candidate, kind is BodyKind.Stream or BodyKind.Text ? null : schema);
                groups.Add(group);
            }

            // deepObject in a multipart encoding too: OpenAPI 3.1 defines it there, and Stripe's 3.0 spec uses it
            // for its file upload (file_link_data[create]=true is what Stripe reads; a JSON part is not).
            var deepObjects = kind is BodyKind.Form or BodyKind.Multipart ? DeepObjects(media.Value) : EquatableArray<string>.Empty;
            group.Encodings.Add(new BodyEncoding(kind.Value, media.Key, MediaTypes.ContentType(media.Key), deepObjects));
        }

        if (groups.Count == 0)
        {
            if (!skippedEmpty)
            {
                diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"A request body with none but these media types ({string.Join(", ", content.Keys)})", "the operation is generated without a body");
            }

            return [];
        }

        // Each overload names its parameters among the operation's own: a copy of the scope as it is now. The body
        // has one name in all of them (the first's), so that a call naming it reads the same for each.
        // A body whose model is named ...Request reads best as `request`.
        var free = names.Copy();
        var name = names.Claim(groups[0].Type.Name?.EndsWith("Request", System.StringComparison.Ordinal) == true ? "request" : "body");
        var bodies = new List<BodyModel>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var scope = names;
            if (i > 0)
            {
                scope = free.Copy();
                scope.Claim(name);
            }

            // Raw bytes offered in several media types (audio, PDF, ...): the caller says which one this upload is.
            var contentTypeParameter = binaryMediaTypes > 1 && group.Encodings.Any(e => e.Kind == BodyKind.Stream) ? scope.Claim("contentType") : null;

            // An overload exists to send its body: it is required there, so that a call without a body means the
            // method's own (an optional body on two overloads would make `Method(id)` ambiguous).
            bodies.Add(new BodyModel(name, group.Type, group.Encodings.ToEquatableArray(), contentTypeParameter, i > 0 || requestBody.Required, requestBody.Description));
        }

        return bodies;
    }

    /// <summary>The word for a kind of body in names of overloads, their inline types and files.</summary>
    public static string KindName(BodyKind kind) => kind switch
    {
        BodyKind.Form => "Form",
        BodyKind.Multipart => "Multipart",
        BodyKind.Text => "Text",
        BodyKind.Stream => "Binary",
        _ => "Json",
    };

    private static string TypeHint(IOpenApiSchema? schema, string fallback) =>
        (schema as OpenApiSchema)?.Title is { Length: > 0 } title ? Identifier.Pascal(title, fallback) : fallback;

    /// <summary>Media types of one schema: one body type, sent as any of them.</summary>
    private sealed class BodyGroup(TypeRef type, IOpenApiSchema? schema)
    {
        public TypeRef Type { get; } = type;

        /// <summary>The first schema of the group, to recognise repeats; null for bytes and text.</summary>
        public IOpenApiSchema? Schema { get; } = schema;

        public List<BodyEncoding> Encodings { get; } = [];
    }

    /// <summary>Whether a later media type repeats the first one's schema: the same object, or the same text (serialized only then).</summary>
    private static bool IsSameSchema(IOpenApiSchema? schema, IOpenApiSchema? first) =>
        schema is not null && first is not null && (ReferenceEquals(schema, first) || (SchemaText(schema) is { } text && text == SchemaText(first)));

    /// <summary>The schema as JSON text, to recognise a repeated inline schema; null when it cannot be written.</summary>
    private static string? SchemaText(IOpenApiSchema schema)
    {
        using var text = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            schema.SerializeAsV31(new Microsoft.OpenApi.OpenApiJsonWriter(text));
        }
        catch (System.Exception exception) when (exception is System.InvalidOperationException or System.ArgumentException or System.FormatException)
        {
            return null;
        }

        return text.ToString();
    }

    /// <summary>The form properties that the media type's <c>encoding</c> map writes in <c>style: deepObject</c>, in the map's order.</summary>
    private static EquatableArray<string> DeepObjects(IOpenApiMediaType? media) =>
        media?.Encoding is { Count: > 0 } encoding
            ? encoding.Where(entry => entry.Value?.Style == Microsoft.OpenApi.ParameterStyle.DeepObject).Select(entry => entry.Key).ToEquatableArray()
            : EquatableArray<string>.Empty;

    /// <summary>Whether the body's JSON is always an object, so that its members can be the form's fields.</summary>
    private static bool HasFields(TypeRef type, IOpenApiSchema? schema) =>
        type.Kind is TypeKind.Object or TypeKind.Map || (type.Kind == TypeKind.Union && IsUnionOfObjects(schema));

    /// <summary>A <c>oneOf</c> or <c>anyOf</c> whose every alternative is an object: its JSON is always an object, so it has fields.</summary>
    private static bool IsUnionOfObjects(IOpenApiSchema? schema)
    {
        var resolved = References.Resolved(schema);
        var alternatives = resolved?.OneOf is { Count: > 0 } oneOf ? oneOf : resolved?.AnyOf;
        return alternatives is { Count: > 0 } && alternatives.All(alternative => IsObjectSchema(References.Resolved(alternative)));
    }

    // `type: object` (or `[object, "null"]` in 3.1), or no type with properties or an allOf to make one.
    private static bool IsObjectSchema(IOpenApiSchema? schema) => schema?.Type switch
    {
        null => schema is not null && (schema.Properties is { Count: > 0 } || schema.AllOf is { Count: > 0 }),
        var types => (types.Value & ~JsonSchemaType.Null) == JsonSchemaType.Object,
    };

    /// <summary>An object schema that declares no property and allows no other: a form of it is always empty.</summary>
    private static bool IsEmptyObject(IOpenApiSchema? schema) =>
        References.Resolved(schema) is { } resolved
        && (resolved.Type ?? JsonSchemaType.Object) == JsonSchemaType.Object
        && resolved.Properties is not { Count: > 0 }
        && (resolved.AdditionalProperties is null || !resolved.AdditionalPropertiesAllowed)
        && resolved.AllOf is not { Count: > 0 } && resolved.OneOf is not { Count: > 0 } && resolved.AnyOf is not { Count: > 0 };

}
