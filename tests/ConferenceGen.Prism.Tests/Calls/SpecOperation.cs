using System;
using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Model;
using Microsoft.OpenApi;
using OpenApiLocation = Microsoft.OpenApi.ParameterLocation;

namespace ConferenceGen.Prism.Tests.Calls;

/// <summary>A generated operation's entry in the OpenAPI document: where its parameters', body's and replies' schemas are.</summary>
internal sealed class SpecOperation
{
    private readonly IOpenApiPathItem _pathItem;

    private SpecOperation(IOpenApiPathItem pathItem, OpenApiOperation operation)
    {
        _pathItem = pathItem;
        Operation = operation;
    }

    public OpenApiOperation Operation { get; }

    public static SpecOperation Find(OpenApiDocument document, OperationModel model)
    {
        var pathItem = document.Paths?.FirstOrDefault(p => p.Key == model.Path).Value
            ?? throw new InvalidOperationException($"The document has no path {model.Path}.");
        var method = model.ExtensionVerb ?? model.Verb.ToString();
        var operation = pathItem.Operations?.FirstOrDefault(o => string.Equals(o.Key.Method, method, StringComparison.OrdinalIgnoreCase)).Value
            ?? throw new InvalidOperationException($"The document has no {method.ToUpperInvariant()} {model.Path}.");
        return new SpecOperation(pathItem, operation);
    }

    /// <summary>The schema of a parameter, the operation's own before the path's (as OpenAPI has it).</summary>
    public IOpenApiSchema? ParameterSchema(ParameterModel parameter)
    {
        var location = parameter.Location switch
        {
            Generator.Model.ParameterLocation.Path => OpenApiLocation.Path,
            Generator.Model.ParameterLocation.Query => OpenApiLocation.Query,
            Generator.Model.ParameterLocation.Header => OpenApiLocation.Header,
            _ => OpenApiLocation.Cookie,
        };
        var declared = (Operation.Parameters ?? new List<IOpenApiParameter>()).Concat(_pathItem.Parameters ?? new List<IOpenApiParameter>())
            .FirstOrDefault(p => p?.Name == parameter.WireName && p.In == location);
        return declared?.Schema ?? declared?.Content?.Values.FirstOrDefault()?.Schema;
    }

    /// <summary>The body's schema under the media type the client sends by default.</summary>
    public IOpenApiSchema? BodySchema(BodyModel body)
    {
        var mediaType = body.Encodings.Count > 0 ? body.Encodings[0].MediaType : null;
        var content = Operation.RequestBody?.Content;
        if (content is null)
        {
            return null;
        }

        return (mediaType is not null && content.TryGetValue(mediaType, out var media) ? media : content.Values.FirstOrDefault())?.Schema;
    }

    /// <summary>Whether the spec documents a reply with this status (its code, its range such as 4XX, or default).</summary>
    public bool Documents(int status) =>
        Operation.Responses?.Keys.Any(key =>
            key == status.ToString(System.Globalization.CultureInfo.InvariantCulture)
            || key.Equals(status / 100 + "XX", StringComparison.OrdinalIgnoreCase)
            || key.Equals("default", StringComparison.OrdinalIgnoreCase)) == true;
}
