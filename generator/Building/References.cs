using System;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building;

/// <summary>Reading what a reference points at, and naming component schemas, in one place.</summary>
internal static class References
{
    private const string ComponentSchemas = "#/components/schemas/";

    /// <summary>
    /// The target of a reference, or null when it cannot be resolved: OpenAPI.NET throws from <c>Target</c> on
    /// some broken documents, and a broken reference must become a diagnostic, never a generator failure.
    /// </summary>
    public static T? TargetOf<T>(Func<T?> target)
        where T : class
    {
        try
        {
            return target();
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>The value itself, or what it refers to when it is a reference.</summary>
    public static IOpenApiSchema? Resolved(IOpenApiSchema? schema) =>
        schema is OpenApiSchemaReference reference ? TargetOf(() => reference.Target) : schema;

    /// <summary>The JSON pointer of a component schema.</summary>
    public static string ComponentSchema(string key) => ComponentSchemas + key;

    /// <summary>Whether a pointer names a component schema (whose type is named after it and registered before its properties).</summary>
    public static bool IsComponentSchema(string pointer) => pointer.StartsWith(ComponentSchemas, StringComparison.Ordinal);
}
