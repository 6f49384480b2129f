using System;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// OpenAPI.NET's rule that a discriminator's property be required. Its message names the schema by a reference id
/// that read schemas no longer have ("Schema  must contain property…"); this says it again with the schema's
/// component name, or its pointer, and with what the generated code makes of it.
/// </summary>
internal static class DiscriminatorRule
{
    private const string RuleName = "ValidateSchemaDiscriminator";
    private const string Suffix = "/discriminator";

    /// <summary>The problem and its meaning, or null when the error is not this rule's.</summary>
    public static (string Problem, string Meaning)? Describe(OpenApiError error, OpenApiDocument document)
    {
        if (error is not OpenApiValidatorError { RuleName: RuleName } || error.Pointer is not { } pointer || !pointer.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var schemaPointer = pointer.Substring(0, pointer.Length - Suffix.Length);
        var segments = Pointer.Segments(schemaPointer);
        var schema = segments is null ? null : DocumentPointer.Find(document, segments) as IOpenApiSchema;
        var name = segments is { Count: 3 } && segments[0] == "components" && segments[1] == "schemas"
            ? $"the schema '{segments[2]}'"
            : $"the schema at {schemaPointer}";
        var property = schema?.Discriminator?.PropertyName is { Length: > 0 } named ? $"'{named}'" : "(none named)";
        var meaning = schema?.OneOf is { Count: > 0 } || schema?.AnyOf is { Count: > 0 }
            ? "the union still chooses its alternative by that property; a value without it is none of the alternatives the discriminator names"
            : "the discriminator is not used by the generated class";
        return ($"{name} does not list its discriminator property {property} in 'required'", meaning);
    }
}
