using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ConferenceGen.Prism.Tests.Synthesis;

/// <summary>
/// A JSON value that a schema accepts: its const or first enum value, its first alternative, an object with its
/// required properties (all of them, with <see cref="Fill.Everything"/>), an array of one item, or a scalar from
/// <see cref="StringValues"/> and <see cref="NumberValues"/>. The generated client's arguments take their scalars
/// from here; parameters and properties typed as any JSON take the whole value.
/// </summary>
internal sealed class JsonValueSynthesizer(Fill fill)
{
    /// <summary>Objects nested deeper than this get their required properties only: enough to reach every construct, and finite for recursive schemas.</summary>
    public const int OptionalDepth = 3;

    private const int MaxDepth = 24;

    public Fill Fill => fill;

    public JsonNode? For(IOpenApiSchema? schema, int depth = 0, int salt = 0)
    {
        if (schema is null)
        {
            return JsonValue.Create("value");
        }

        if (depth > MaxDepth)
        {
            throw new SynthesisException("the schema's required properties nest without end");
        }

        schema = SchemaView.Unwrap(schema);
        if (schema.Const is { } constant)
        {
            return ConstValue(schema, constant);
        }

        if (schema.Enum is { Count: > 0 } values && values.Where(v => v is not null).ToList() is { Count: > 0 } listed)
        {
            return listed[salt % listed.Count]!.DeepClone();
        }

        if (SchemaView.Alternatives(schema).Count > 0 && SchemaView.Properties(schema).Count == 0)
        {
            return Alternative(schema, depth, salt).Value;
        }

        switch (SchemaView.TypeOf(schema))
        {
            case JsonSchemaType.Object:
                return Object(schema, depth);
            case JsonSchemaType.Array:
                return Array(schema, depth);
            case JsonSchemaType.String:
                return JsonValue.Create(StringValues.For(schema, salt));
            case JsonSchemaType.Integer:
                return NumberValues.For(schema, integer: true, salt);
            case JsonSchemaType.Number:
                return NumberValues.For(schema, integer: false, salt);
            case JsonSchemaType.Boolean:
                return JsonValue.Create(schema.Default is JsonValue flag && flag.TryGetValue<bool>(out var given) ? given : true);
        }

        // No type: any value will do; an allOf of scalars says which.
        return schema.AllOf is { Count: > 0 } members ? For(members[0], depth + 1, salt) : JsonValue.Create("value");
    }

    /// <summary>
    /// The alternative of a oneOf/anyOf to send, and its value. The first for the smallest request; with every option
    /// set, objects first, so that Stripe's <c>anyOf: [object, integer]</c> filters are sent as objects. For oneOf, the
    /// first whose value no other alternative also accepts (such a value would match two, which oneOf forbids).
    /// </summary>
    public (IOpenApiSchema Schema, JsonNode? Value) Alternative(IOpenApiSchema union, int depth = 0, int salt = 0)
    {
        var alternatives = SchemaView.Alternatives(union);
        var preferred = fill == Fill.Everything
            ? alternatives.OrderBy(a => SchemaView.TypeOf(SchemaView.Unwrap(a)) == JsonSchemaType.Object ? 0 : 1).ToList()
            : alternatives.ToList();
        (IOpenApiSchema Schema, JsonNode? Value)? first = null;
        foreach (var candidate in preferred)
        {
            JsonNode? value;
            try
            {
                value = For(candidate, depth, salt);
            }
            catch (SynthesisException) when (candidate != preferred[^1])
            {
                continue;
            }

            if (union.Discriminator?.PropertyName is { Length: > 0 } property && value is JsonObject map && DiscriminatorValue(union, candidate) is { } tag)
            {
                map[property] = tag;
            }

            first ??= (candidate, value);
            var exclusive = union.OneOf is not { Count: > 0 } || !alternatives.Any(other => other != candidate && LooseMatch.Accepts(other, value));
            if (exclusive)
            {
                return (candidate, value);
            }
        }

        return first ?? throw new SynthesisException("no alternative has a value");
    }

    /// <summary>The discriminator value that selects <paramref name="member"/>: its mapping key, else its component name.</summary>
    public static string? DiscriminatorValue(IOpenApiSchema union, IOpenApiSchema member)
    {
        if (member is not OpenApiSchemaReference reference || reference.Reference.Id is not { } id)
        {
            return null;
        }

        var mapped = union.Discriminator?.Mapping?.FirstOrDefault(pair => pair.Value?.Reference?.Id == id).Key;
        return mapped ?? id;
    }

    // OpenAPI.NET keeps const as text: a string's own text, or the JSON of a number or boolean. Without a type
    // (Discord's `oneOf: [{const: 1}, …]` under `type: integer`), text that reads as JSON is taken as such.
    private static JsonNode ConstValue(IOpenApiSchema schema, string constant)
    {
        if (SchemaView.TypeOf(schema) is JsonSchemaType.String)
        {
            return JsonValue.Create(constant);
        }

        try
        {
            return JsonNode.Parse(constant) ?? JsonValue.Create(constant);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(constant);
        }
    }

    private JsonObject Object(IOpenApiSchema schema, int depth)
    {
        var result = new JsonObject();
        var required = SchemaView.Required(schema);
        foreach (var (name, property) in SchemaView.Properties(schema))
        {
            // readOnly properties belong to replies: a client does not send them.
            var wanted = required.Contains(name) || (fill == Fill.Everything && depth < OptionalDepth);
            if (wanted && property.ReadOnly != true)
            {
                result[name] = For(property, depth + 1);
            }
        }

        var extra = schema.AdditionalProperties;
        var index = 1;
        while (result.Count < (schema.MinProperties ?? 0) || (result.Count == 0 && extra is not null && fill == Fill.Everything))
        {
            result["key" + index.ToString(CultureInfo.InvariantCulture)] = For(extra, depth + 1, index);
            index++;
        }

        return result;
    }

    private JsonArray Array(IOpenApiSchema schema, int depth)
    {
        var count = System.Math.Max(1, schema.MinItems ?? 0);
        if (schema.MaxItems is { } max && max < count)
        {
            count = max;
        }

        var items = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            items.Add(For(schema.Items, depth + 1, i));
        }

        return items;
    }
}
