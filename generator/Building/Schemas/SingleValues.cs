using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Model;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary>
/// Schemas that allow one value (<c>enum: [list]</c>, <c>enum: [true]</c>, <c>const: card</c>, a <c>oneOf</c> of one
/// titled const): a literal, not a choice. Their type is the scalar the value is (string, boolean, integer, number),
/// never an enum type of one member; the value itself is what <see cref="Of"/> finds, for the property or parameter
/// that uses the schema to fix or document.
/// </summary>
internal static class SingleValues
{
    // allOf wrappers of a reference ($ref beside a description) nest a few levels at most; a cycle of them stops here.
    private const int MaxWrappers = 8;

    /// <summary>The type of a schema whose values, null aside, are one; null when they are more (or none).</summary>
    public static TypeRef? TypeOf(IOpenApiSchema schema, IList<JsonNode> values, JsonSchemaType types)
    {
        var present = Present(values);
        if (present.Count == 0 || present.Select(Text).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return null;
        }

        var value = present[0];
        var kind = value.GetValueKind();
        var text = Text(value);
        return types switch
        {
            // A boolean's one value is true or false on the wire, never the text "true".
            JsonSchemaType.Boolean => text is "true" or "false" ? new TypeRef(TypeKind.Boolean) : null,
            JsonSchemaType.Integer => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? Integer(schema, text) : null,
            JsonSchemaType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? new TypeRef(TypeKind.Double) : null,
            JsonSchemaType.String => TypeRef.String,
            0 => kind switch
            {
                JsonValueKind.String => TypeRef.String,
                JsonValueKind.True or JsonValueKind.False => new TypeRef(TypeKind.Boolean),
                JsonValueKind.Number => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? Integer(schema, text) : new TypeRef(TypeKind.Double),
                _ => null,
            },
            _ => null,
        };
    }

    /// <summary>The values other than null (a JSON null in the list, as OpenAPI 3.0 writes it beside <c>nullable: true</c>).</summary>
    public static List<JsonNode> Present(IList<JsonNode> values) =>
        values.Where(v => v is not null && v.GetValueKind() != JsonValueKind.Null).ToList();

    /// <summary>
    /// The one value a schema allows, as text: its own <c>enum</c> of one value (null aside), its <c>const</c>, its
    /// <c>oneOf</c> of one const, or that of the one schema it wraps (<c>allOf: [$ref]</c>); null when it allows more.
    /// </summary>
    public static string? Of(IOpenApiSchema? schema) => Of(schema, 0);

    private static string? Of(IOpenApiSchema? schema, int depth)
    {
        if (schema is null || depth > MaxWrappers)
        {
            return null;
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            var texts = Present(values).Select(Text).Distinct(StringComparer.Ordinal).ToList();
            return texts.Count == 1 ? texts[0] : null;
        }

        if (schema.Const is { } constant)
        {
            return constant;
        }

        if (ConstAlternatives.Of(schema, schema.Type ?? 0) is { } alternatives)
        {
            return alternatives.Values.Select(Text).Distinct(StringComparer.Ordinal).ToList() is { Count: 1 } one ? one[0] : null;
        }

        return Composition.Of(schema) is { Single: { } single } ? Of(single, depth + 1) : null;
    }

    /// <summary>A JSON value as text: a string's characters, anything else its JSON.</summary>
    public static string Text(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    // The integer's own format or bounds decide, as for any integer; a value they cannot hold makes it a long.
    private static TypeRef Integer(IOpenApiSchema schema, string text) =>
        ScalarTypes.Integer(schema) is { Kind: TypeKind.Int32 } && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? new TypeRef(TypeKind.Int64)
            : ScalarTypes.Integer(schema);
}
