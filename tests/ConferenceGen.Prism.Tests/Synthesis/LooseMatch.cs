using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ConferenceGen.Prism.Tests.Synthesis;

/// <summary>
/// Whether a value could pass a schema, judged by the keywords that tell alternatives apart (type, enum, const,
/// required, additionalProperties: false, pattern, lengths). Not a validator: used only to avoid sending a value that
/// two alternatives of a <c>oneOf</c> accept, which <c>oneOf</c> forbids (Vonage's SIP endpoint requires only
/// <c>type</c>, so every phone endpoint also fits it).
/// </summary>
internal static class LooseMatch
{
    public static bool Accepts(IOpenApiSchema schema, JsonNode? value, int depth = 0)
    {
        if (depth > 12)
        {
            return true;
        }

        schema = SchemaView.Unwrap(schema);
        if (schema.Enum is { Count: > 0 } listed)
        {
            return listed.Any(v => JsonNode.DeepEquals(v, value));
        }

        if (schema.Const is { } constant)
        {
            return value is JsonValue text && text.ToString() == constant;
        }

        var alternatives = SchemaView.Alternatives(schema);
        if (alternatives.Count > 0 && SchemaView.Properties(schema).Count == 0)
        {
            return alternatives.Any(a => Accepts(a, value, depth + 1));
        }

        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        switch (SchemaView.TypeOf(schema))
        {
            case JsonSchemaType.Object:
                return kind == JsonValueKind.Object && ObjectFits(schema, value!.AsObject(), depth);
            case JsonSchemaType.Array:
                return kind == JsonValueKind.Array && (schema.Items is null || value!.AsArray().All(item => Accepts(schema.Items, item, depth + 1)));
            case JsonSchemaType.String:
                return kind == JsonValueKind.String && StringFits(schema, value!.GetValue<string>());
            case JsonSchemaType.Integer:
                return kind == JsonValueKind.Number && decimal.TryParse(value!.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number);
            case JsonSchemaType.Number:
                return kind == JsonValueKind.Number;
            case JsonSchemaType.Boolean:
                return kind is JsonValueKind.True or JsonValueKind.False;
            default:
                return true;
        }
    }

    private static bool ObjectFits(IOpenApiSchema schema, JsonObject value, int depth)
    {
        if (SchemaView.Required(schema).Any(name => !value.ContainsKey(name)))
        {
            return false;
        }

        var properties = SchemaView.Properties(schema).ToDictionary(p => p.Key, p => p.Value);
        foreach (var (name, item) in value)
        {
            if (properties.TryGetValue(name, out var property))
            {
                if (!Accepts(property, item, depth + 1))
                {
                    return false;
                }
            }
            else if (schema.AdditionalPropertiesAllowed == false)
            {
                return false;
            }
        }

        return true;
    }

    private static bool StringFits(IOpenApiSchema schema, string text) =>
        text.Length >= (schema.MinLength ?? 0)
        && (schema.MaxLength is not { } max || text.Length <= max)
        && (schema.Pattern is not { Length: > 0 } pattern || PatternText.Matches(pattern, text));
}
