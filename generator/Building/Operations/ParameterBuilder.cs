using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Building.Schemas;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using Microsoft.OpenApi;
using OpenApiLocation = Microsoft.OpenApi.ParameterLocation;
using OpenApiStyle = Microsoft.OpenApi.ParameterStyle;

namespace ConferenceGen.Generator.Building.Operations;

/// <summary>Path, query, header and cookie parameters: their types, names, styles and shapes.</summary>
internal sealed class ParameterBuilder(SchemaCatalogue schemas, DiagnosticList diagnostics)
{
    // OpenAPI 3: header parameters with these names are ignored (the client sets them from the body and security).
    private static readonly HashSet<string> IgnoredHeaders = new(StringComparer.OrdinalIgnoreCase) { "Accept", "Content-Type", "Authorization" };

    /// <summary>The operation's parameters in the spec's order: inherited path-level ones first, unless the operation overrides them.</summary>
    public List<ParameterModel> Build(IOpenApiPathItem pathItem, OpenApiOperation operation, string baseName, string pointer, NameScope names)
    {
        var own = (operation.Parameters ?? new List<IOpenApiParameter>()).Select((p, i) => (p, pointer + "/parameters/" + i.ToString(CultureInfo.InvariantCulture))).ToList();
        var inherited = (pathItem.Parameters ?? new List<IOpenApiParameter>())
            .Select((p, i) => (p, pointer.Substring(0, pointer.LastIndexOf('/')) + "/parameters/" + i.ToString(CultureInfo.InvariantCulture)))
            .Where(pair => !own.Any(o => o.p.Name == pair.p.Name && o.p.In == pair.p.In));
        var built = new List<ParameterModel>();
        foreach (var (parameter, parameterPointer) in inherited.Concat(own).Where(pair => pair.p is not null && !string.IsNullOrEmpty(pair.p.Name)))
        {
            if (Build(parameter, baseName, parameterPointer, names) is { } model)
            {
                built.Add(model);
            }
        }

        return built;
    }

    private ParameterModel? Build(IOpenApiParameter parameter, string baseName, string pointer, NameScope names)
    {
        Model.ParameterLocation? location = parameter.In switch
        {
            OpenApiLocation.Path => Model.ParameterLocation.Path,
            OpenApiLocation.Query => Model.ParameterLocation.Query,
            OpenApiLocation.Header => Model.ParameterLocation.Header,
            OpenApiLocation.Cookie => Model.ParameterLocation.Cookie,
            _ => null,
        };
        if (location is null)
        {
            diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"The parameter '{parameter.Name}' without a valid location ('in')", "it is not generated");
            return null;
        }

        if (location == Model.ParameterLocation.Header && IgnoredHeaders.Contains(parameter.Name!))
        {
            return null;
        }

        var schema = parameter.Schema ?? parameter.Content?.Values.FirstOrDefault()?.Schema;
        var type = schemas.Resolve(schema, baseName + Identifier.Pascal(parameter.Name, "Value"), pointer + "/schema");
        var style = parameter.Style switch
        {
            OpenApiStyle.Form => Model.ParameterStyle.Form,
            OpenApiStyle.SpaceDelimited => Model.ParameterStyle.SpaceDelimited,
            OpenApiStyle.PipeDelimited => Model.ParameterStyle.PipeDelimited,
            OpenApiStyle.DeepObject => Model.ParameterStyle.DeepObject,
            OpenApiStyle.Simple => Model.ParameterStyle.Simple,
            OpenApiStyle.Label => Model.ParameterStyle.Label,
            OpenApiStyle.Matrix => Model.ParameterStyle.Matrix,
            _ => location is Model.ParameterLocation.Query or Model.ParameterLocation.Cookie ? Model.ParameterStyle.Form : Model.ParameterStyle.Simple,
        };

        var required = parameter.Required || location == Model.ParameterLocation.Path;
        return new ParameterModel(
            names.Claim(Identifier.Camel(parameter.Name, "value", type.IsTemporal)),
            parameter.Name!,
            location.Value,
            type,
            ShapeOf(type, style),
            style,
            parameter.Explode,
            required,
            parameter.Description,
            // A required parameter of one allowed value is a constant of the request; an optional one the caller may send.
            required ? schemas.SingleValue(schema, type) : null);
    }

    /// <summary>A path variable no parameter declares: still sent, from a string argument.</summary>
    public static ParameterModel Undeclared(string wireName, NameScope names) => new(
        names.Claim(Identifier.Camel(wireName, "value")), wireName, Model.ParameterLocation.Path, TypeRef.String,
        ParameterShape.Scalar, Model.ParameterStyle.Simple, Explode: false, Required: true, Description: null);

    // Maps of text keep their own deepObject writer; other structures in deepObject (lists, objects, unions of an
    // object and a scalar such as Stripe's `created`) are written from their JSON.
    private static ParameterShape ShapeOf(TypeRef type, Model.ParameterStyle style) =>
        type.IsText ? ParameterShape.Scalar
        : style == Model.ParameterStyle.DeepObject && !IsTextMap(type) ? ParameterShape.Deep
        : type.IsTextList ? ParameterShape.List
        : IsTextMap(type) ? ParameterShape.Map
        : type.Kind == TypeKind.Object ? ParameterShape.Object
        : ParameterShape.Json;

    private static bool IsTextMap(TypeRef type) => type.Kind == TypeKind.Map && type.Item is { IsText: true, Nullable: false };
}
