using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// Follows a JSON pointer (as segments) through the read OpenAPI.NET document, keyword by keyword, to the object
/// it names. Reads go through references as the spec's reader would (a pointer into a referenced parameter
/// reaches the component's schema); slots are only found in the objects the spec wrote them in.
/// </summary>
internal static class DocumentPointer
{
    /// <summary>
    /// What the segments name, or null. A component itself (<c>components/schemas/Pet</c>) is named by a new
    /// reference to it, as a plain <c>$ref</c> to it reads, so that it stays one named type.
    /// </summary>
    public static object? Find(OpenApiDocument document, IReadOnlyList<string> segments)
    {
        if (ComponentReference(document, segments) is { } reference)
        {
            return reference;
        }

        object? node = document;
        foreach (var segment in segments)
        {
            node = Child(node, segment)?.Value;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>The slot the segments name, or null when no object of the document, as the spec wrote it, holds one there.</summary>
    public static DocumentSlot? SlotAt(OpenApiDocument document, IReadOnlyList<string> segments)
    {
        if (segments.Count == 0)
        {
            return null;
        }

        object? node = document;
        for (var i = 0; i < segments.Count - 1 && node is not null; i++)
        {
            node = node is IOpenApiReferenceHolder ? null : Child(node, segments[i])?.Value;
        }

        return node is null or IOpenApiReferenceHolder ? null : Child(node, segments[segments.Count - 1]);
    }

    /// <summary>What kind of OpenAPI object a value is, in words ("a parameter"), or null for anything else.</summary>
    public static string? Describe(object value) => value switch
    {
        IOpenApiSchema => "a schema",
        IOpenApiParameter => "a parameter",
        IOpenApiResponse => "a response",
        IOpenApiRequestBody => "a request body",
        IOpenApiHeader => "a header",
        IOpenApiMediaType => "a media type",
        IOpenApiPathItem => "a path item",
        IOpenApiCallback => "a callback",
        IOpenApiExample => "an example",
        IOpenApiLink => "a link",
        IOpenApiSecurityScheme => "a security scheme",
        OpenApiOperation => "an operation",
        _ => null,
    };

    private static object? ComponentReference(OpenApiDocument document, IReadOnlyList<string> segments)
    {
        if (segments.Count != 3 || segments[0] != "components" || document.Components is not { } components)
        {
            return null;
        }

        var name = segments[2];
        return segments[1] switch
        {
            "schemas" when components.Schemas?.ContainsKey(name) == true => new OpenApiSchemaReference(name, document),
            "parameters" when components.Parameters?.ContainsKey(name) == true => new OpenApiParameterReference(name, document),
            "responses" when components.Responses?.ContainsKey(name) == true => new OpenApiResponseReference(name, document),
            "requestBodies" when components.RequestBodies?.ContainsKey(name) == true => new OpenApiRequestBodyReference(name, document),
            "headers" when components.Headers?.ContainsKey(name) == true => new OpenApiHeaderReference(name, document),
            "pathItems" when components.PathItems?.ContainsKey(name) == true => new OpenApiPathItemReference(name, document),
            "callbacks" when components.Callbacks?.ContainsKey(name) == true => new OpenApiCallbackReference(name, document),
            "examples" when components.Examples?.ContainsKey(name) == true => new OpenApiExampleReference(name, document),
            "links" when components.Links?.ContainsKey(name) == true => new OpenApiLinkReference(name, document),
            "securitySchemes" when components.SecuritySchemes?.ContainsKey(name) == true => new OpenApiSecuritySchemeReference(name, document),
            _ => null,
        };
    }

    // One keyword (or key, or index) down from a node. Reading through the OpenAPI.NET interfaces goes through
    // references by itself; writing needs the concrete object, so a reference holder offers no setter.
    private static DocumentSlot? Child(object? node, string segment) => node switch
    {
        OpenApiDocument document => segment switch
        {
            "paths" => DocumentSlot.Container(document.Paths),
            "components" => DocumentSlot.Container(document.Components),
            "webhooks" => DocumentSlot.Container(document.Webhooks),
            _ => null,
        },
        OpenApiComponents components => DocumentSlot.Container(segment switch
        {
            "schemas" => (object?)components.Schemas,
            "responses" => components.Responses,
            "parameters" => components.Parameters,
            "examples" => components.Examples,
            "requestBodies" => components.RequestBodies,
            "headers" => components.Headers,
            "securitySchemes" => components.SecuritySchemes,
            "links" => components.Links,
            "callbacks" => components.Callbacks,
            "pathItems" => components.PathItems,
            _ => null,
        }),
        IDictionary<string, IOpenApiSchema> map => DocumentSlot.Entry(map, segment),
        IDictionary<string, IOpenApiParameter> map => DocumentSlot.Entry(map, segment),
        IDictionary<string, IOpenApiResponse> map => DocumentSlot.Entry(map, segment),
        IDictionary<string, IOpenApiRequestBody> map => DocumentSlot.Entry(map, segment),
        IDictionary<string, IOpenApiHeader> map => DocumentSlot.Entry(map, segment),
        IDictionary<string, IOpenApiMediaType> map => DocumentSlot.Entry(map, segment),
        IDictionary<string, IOpenApiPathItem> map => DocumentSlot.Entry(map, segment),
        IDictionary<string, IOpenApiCallback> map => DocumentSlot.Entry(map, segment),
        IDictionary<string, IOpenApiExample> map => DocumentSlot.Entry(map, segment),
        IDictionary<string, IOpenApiLink> map => DocumentSlot.Entry(map, segment),
        IDictionary<string, IOpenApiSecurityScheme> map => DocumentSlot.Entry(map, segment),
        IDictionary<string, OpenApiEncoding> map => DocumentSlot.Entry(map, segment),
        IList<IOpenApiSchema> list => DocumentSlot.Item(list, segment),
        IList<IOpenApiParameter> list => DocumentSlot.Item(list, segment),
        IOpenApiSchema schema => SchemaChild(schema, segment),
        IOpenApiPathItem item => segment == "parameters"
            ? DocumentSlot.Container(item.Parameters)
            : item.Operations?.FirstOrDefault(pair => string.Equals(pair.Key.Method, segment, StringComparison.OrdinalIgnoreCase)).Value is { } operation
                ? DocumentSlot.Container(operation)
                : null,
        OpenApiOperation operation => segment switch
        {
            "parameters" => DocumentSlot.Container(operation.Parameters),
            "requestBody" => Property(operation.RequestBody, operation, (owner, value) => owner.RequestBody = value),
            "responses" => DocumentSlot.Container(operation.Responses),
            "callbacks" => DocumentSlot.Container(operation.Callbacks),
            _ => null,
        },
        IOpenApiParameter parameter => segment switch
        {
            "schema" => Property(parameter.Schema, parameter as OpenApiParameter, (owner, value) => owner.Schema = value),
            "content" => DocumentSlot.Container(parameter.Content),
            "examples" => DocumentSlot.Container(parameter.Examples),
            _ => null,
        },
        IOpenApiHeader header => segment switch
        {
            "schema" => Property(header.Schema, header as OpenApiHeader, (owner, value) => owner.Schema = value),
            "content" => DocumentSlot.Container(header.Content),
            "examples" => DocumentSlot.Container(header.Examples),
            _ => null,
        },
        IOpenApiRequestBody body => segment == "content" ? DocumentSlot.Container(body.Content) : null,
        IOpenApiResponse response => segment switch
        {
            "content" => DocumentSlot.Container(response.Content),
            "headers" => DocumentSlot.Container(response.Headers),
            "links" => DocumentSlot.Container(response.Links),
            _ => null,
        },
        IOpenApiMediaType media => segment switch
        {
            "schema" => Property(media.Schema, media as OpenApiMediaType, (owner, value) => owner.Schema = value),
            "itemSchema" => Property(media.ItemSchema, media as OpenApiMediaType, (owner, value) => owner.ItemSchema = value),
            "encoding" => DocumentSlot.Container(media.Encoding),
            "examples" => DocumentSlot.Container(media.Examples),
            _ => null,
        },
        OpenApiEncoding encoding => segment == "headers" ? DocumentSlot.Container(encoding.Headers) : null,
        IOpenApiCallback callback => CallbackChild(callback, segment),
        _ => null,
    };

    private static DocumentSlot? SchemaChild(IOpenApiSchema schema, string segment)
    {
        var concrete = schema as OpenApiSchema;
        return segment switch
        {
            "properties" => DocumentSlot.Container(schema.Properties),
            "patternProperties" => DocumentSlot.Container(schema.PatternProperties),
            "$defs" or "definitions" => DocumentSlot.Container(schema.Definitions),
            "allOf" => DocumentSlot.Container(schema.AllOf),
            "oneOf" => DocumentSlot.Container(schema.OneOf),
            "anyOf" => DocumentSlot.Container(schema.AnyOf),
            "items" => Property(schema.Items, concrete, (owner, value) => owner.Items = value),
            "additionalProperties" => Property(schema.AdditionalProperties, concrete, (owner, value) => owner.AdditionalProperties = value),
            "not" => Property(schema.Not, concrete, (owner, value) => owner.Not = value),
            _ => null,
        };
    }

    // Callback path items are keyed by runtime expression, which the pointer spells as text.
    private static DocumentSlot? CallbackChild(IOpenApiCallback callback, string segment)
    {
        var items = callback.PathItems;
        var key = items?.Keys.FirstOrDefault(k => k.Expression == segment);
        return items is null || key is null ? null : DocumentSlot.Of(items[key], value => items[key] = value);
    }

    private static DocumentSlot Property<TOwner, T>(T? value, TOwner? owner, Action<TOwner, T> set)
        where TOwner : class
        where T : class =>
        DocumentSlot.Of(value, owner is null ? null : new Action<T>(replacement => set(owner, replacement)));
}
