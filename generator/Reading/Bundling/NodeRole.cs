using System;

namespace ConferenceGen.Generator.Reading.Bundling;

/// <summary>
/// What a node of an OpenAPI document is, as far as references care: it decides what a <c>$ref</c> found there
/// names (a schema, a parameter, a path item…), and so whether the referenced part becomes a component of the bundle
/// or is copied in place. Found from the parent's role and the key, the way the OpenAPI grammar nests objects.
/// </summary>
internal enum NodeRole
{
    Document,
    Other,

    /// <summary>Example values, defaults, enums: data whose <c>$ref</c> keys are data too.</summary>
    Data,
    Paths,
    PathItem,
    Operation,
    ParameterList,
    ParameterMap,
    Parameter,
    RequestBodyMap,
    RequestBody,
    Responses,
    Response,
    Content,
    MediaType,
    Encodings,
    Encoding,
    Headers,
    Header,
    Examples,
    Example,
    Links,
    Link,
    Callbacks,
    Callback,
    Components,
    SecuritySchemes,
    SecurityScheme,
    Schemas,
    SchemaList,
    Schema,
    Discriminator,
}

/// <summary>The grammar that gives each node its <see cref="NodeRole"/>.</summary>
internal static class NodeRoles
{
    /// <summary>The role of the value under <paramref name="key"/> of a node with role <paramref name="parent"/>.</summary>
    public static NodeRole Child(NodeRole parent, string key) => parent switch
    {
        NodeRole.Document => key switch
        {
            "paths" or "webhooks" => NodeRole.Paths,
            "components" => NodeRole.Components,
            "definitions" => NodeRole.Schemas,
            "parameters" => NodeRole.ParameterMap,
            "responses" => NodeRole.Responses,
            "securityDefinitions" => NodeRole.SecuritySchemes,
            _ => NodeRole.Other,
        },
        NodeRole.Components => key switch
        {
            "schemas" => NodeRole.Schemas,
            "parameters" => NodeRole.ParameterMap,
            "responses" => NodeRole.Responses,
            "requestBodies" => NodeRole.RequestBodyMap,
            "headers" => NodeRole.Headers,
            "examples" => NodeRole.Examples,
            "links" => NodeRole.Links,
            "callbacks" => NodeRole.Callbacks,
            "pathItems" => NodeRole.Paths,
            "securitySchemes" => NodeRole.SecuritySchemes,
            _ => NodeRole.Other,
        },
        NodeRole.Paths => NodeRole.PathItem,
        NodeRole.PathItem => key switch
        {
            "get" or "put" or "post" or "delete" or "options" or "head" or "patch" or "trace" => NodeRole.Operation,
            "parameters" => NodeRole.ParameterList,
            _ => NodeRole.Other,
        },
        NodeRole.Operation => key switch
        {
            "parameters" => NodeRole.ParameterList,
            "requestBody" => NodeRole.RequestBody,
            "responses" => NodeRole.Responses,
            "callbacks" => NodeRole.Callbacks,
            _ => NodeRole.Other,
        },
        NodeRole.ParameterList or NodeRole.ParameterMap => NodeRole.Parameter,
        NodeRole.Parameter or NodeRole.Header => key switch
        {
            "schema" or "items" => NodeRole.Schema,
            "content" => NodeRole.Content,
            "examples" => NodeRole.Examples,
            "example" or "default" or "enum" => NodeRole.Data,
            _ => NodeRole.Other,
        },
        NodeRole.RequestBodyMap => NodeRole.RequestBody,
        NodeRole.RequestBody => key == "content" ? NodeRole.Content : NodeRole.Other,
        NodeRole.Responses => NodeRole.Response,
        NodeRole.Response => key switch
        {
            "content" => NodeRole.Content,
            "headers" => NodeRole.Headers,
            "links" => NodeRole.Links,
            "schema" => NodeRole.Schema,
            "examples" => NodeRole.Data,
            _ => NodeRole.Other,
        },
        NodeRole.Content => NodeRole.MediaType,
        NodeRole.MediaType => key switch
        {
            "schema" or "itemSchema" => NodeRole.Schema,
            "examples" => NodeRole.Examples,
            "example" => NodeRole.Data,
            "encoding" => NodeRole.Encodings,
            _ => NodeRole.Other,
        },
        NodeRole.Encodings => NodeRole.Encoding,
        NodeRole.Encoding => key == "headers" ? NodeRole.Headers : NodeRole.Other,
        NodeRole.Headers => NodeRole.Header,
        NodeRole.Examples => NodeRole.Example,
        NodeRole.Example => key is "value" or "dataValue" ? NodeRole.Data : NodeRole.Other,
        NodeRole.Links => NodeRole.Link,
        NodeRole.Callbacks => NodeRole.Callback,
        NodeRole.Callback => NodeRole.PathItem,
        NodeRole.SecuritySchemes => NodeRole.SecurityScheme,
        NodeRole.Schemas => NodeRole.Schema,
        NodeRole.SchemaList => NodeRole.Schema,
        NodeRole.Schema => key switch
        {
            "properties" or "patternProperties" or "$defs" or "definitions" or "dependentSchemas" => NodeRole.Schemas,
            "items" or "additionalProperties" or "not" or "if" or "then" or "else" or "contains" or "propertyNames"
                or "unevaluatedProperties" or "unevaluatedItems" or "additionalItems" or "contentSchema" => NodeRole.Schema,
            "allOf" or "oneOf" or "anyOf" or "prefixItems" => NodeRole.SchemaList,
            "discriminator" => NodeRole.Discriminator,
            "example" or "examples" or "default" or "enum" or "const" => NodeRole.Data,
            _ => NodeRole.Other,
        },
        NodeRole.Data => NodeRole.Data,
        _ => NodeRole.Other,
    };

    /// <summary>The role of an item of a list with role <paramref name="parent"/> (items given as a list of schemas are schemas).</summary>
    public static NodeRole Item(NodeRole parent) => parent switch
    {
        NodeRole.ParameterList => NodeRole.Parameter,
        NodeRole.SchemaList or NodeRole.Schema => NodeRole.Schema,
        NodeRole.Data => NodeRole.Data,
        _ => NodeRole.Other,
    };

    /// <summary>
    /// Whether a key of a node with this role is an extension, whose <c>$ref</c>s are left alone. In maps of names
    /// (properties, paths' parameters…) an <c>x-</c> key is a name like any other; only paths and responses take extensions among their names.
    /// </summary>
    public static bool IsExtension(NodeRole role, string key) =>
        key.StartsWith("x-", StringComparison.Ordinal) && role is not (NodeRole.Schemas or NodeRole.ParameterMap or NodeRole.RequestBodyMap
            or NodeRole.Headers or NodeRole.Examples or NodeRole.Links or NodeRole.Callbacks or NodeRole.SecuritySchemes or NodeRole.Content or NodeRole.Encodings);

    /// <summary>The components map (OpenAPI 3) that takes a referenced object of this role, or null when it is copied in place.</summary>
    public static string? ComponentsKey(NodeRole role) => role switch
    {
        NodeRole.Schema => "schemas",
        NodeRole.Parameter => "parameters",
        NodeRole.Response => "responses",
        NodeRole.RequestBody => "requestBodies",
        NodeRole.Header => "headers",
        NodeRole.Example => "examples",
        NodeRole.Link => "links",
        NodeRole.Callback => "callbacks",
        NodeRole.SecurityScheme => "securitySchemes",
        _ => null,
    };

    /// <summary>The top-level map (Swagger 2.0) that takes a referenced object of this role, or null when it is copied in place.</summary>
    public static string? Swagger2Key(NodeRole role) => role switch
    {
        NodeRole.Schema => "definitions",
        NodeRole.Parameter => "parameters",
        NodeRole.Response => "responses",
        _ => null,
    };

    /// <summary>What the generated client lacks when a reference in this role cannot be followed.</summary>
    public static string Consequence(NodeRole role) => role switch
    {
        NodeRole.Schema => Diagnostics.DiagnosticDescriptors.TypedAsJsonElement,
        NodeRole.PathItem => "the path's operations are not generated",
        NodeRole.Parameter => "the parameter is not generated",
        NodeRole.RequestBody => "the operation is generated without a request body",
        NodeRole.Response => "the reply is not generated",
        NodeRole.Header => "the header is not generated",
        NodeRole.Callback => "the callback is not generated",
        NodeRole.SecurityScheme => "the security scheme is not generated",
        _ => "it is left out",
    };
}
