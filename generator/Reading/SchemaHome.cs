using System.Collections.Generic;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// Where a schema that a pointer <c>$ref</c> shares with another place is declared, kept on the schema object
/// for the schema catalogue: it is <see cref="Component"/> itself (<c>UserId: {$ref: '#/components/schemas/User/properties/id'}</c>),
/// or it lies inside that component. Its type is named from there, whichever place meets it first.
/// </summary>
internal sealed record SchemaHome(OpenApiSchemaReference Component, bool IsComponent)
{
    private const string Key = "ConferenceGen.SchemaHome";

    public static SchemaHome? Of(IOpenApiSchema schema) =>
        schema is OpenApiSchema { Metadata: { } metadata } && metadata.TryGetValue(Key, out var home) ? home as SchemaHome : null;

    /// <summary>Keeps the home on the schema, unless it has one already.</summary>
    public void KeepOn(OpenApiSchema schema)
    {
        schema.Metadata ??= new Dictionary<string, object>();
        if (!schema.Metadata.ContainsKey(Key))
        {
            schema.Metadata[Key] = this;
        }
    }
}
