using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary>
/// The JSON Schema idiom for a documented enum: a <c>oneOf</c> (or <c>anyOf</c>) whose every alternative is one
/// <c>const</c> with a <c>title</c> and a <c>description</c> (Discord's channel types, locales and sort orders).
/// It is an enum whose members take their names from the titles, not a union of values that cannot be told apart.
/// </summary>
/// <param name="Values">The wire values, in the spec's order.</param>
/// <param name="Labels">Each value's title and description, by its text.</param>
internal sealed record ConstAlternatives(IList<JsonNode> Values, IReadOnlyDictionary<string, (string? Title, string? Description)> Labels)
{
    public static ConstAlternatives? Of(IOpenApiSchema schema, JsonSchemaType types)
    {
        var members = schema.OneOf is { Count: > 0 } oneOf ? oneOf : schema.AnyOf;
        if (members is not { Count: > 0 } || schema.AllOf is { Count: > 0 } || schema.Properties is { Count: > 0 })
        {
            return null;
        }

        var alternatives = members.Where(m => !Composition.IsNullSchema(m)).ToList();
        if (alternatives.Count == 0 || !alternatives.All(IsConstOnly))
        {
            return null;
        }

        var values = new List<JsonNode>();
        var labels = new Dictionary<string, (string?, string?)>(System.StringComparer.Ordinal);
        foreach (var alternative in alternatives)
        {
            var text = alternative.Const!;
            var numeric = (types | (alternative.Type ?? 0)) is var kind
                && (kind & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && (kind & JsonSchemaType.String) == 0;
            values.Add(numeric && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
                ? JsonNode.Parse(text)!
                : JsonValue.Create(text));
            if (!labels.ContainsKey(text))
            {
                labels.Add(text, (alternative.Title, alternative.Description));
            }
        }

        return new ConstAlternatives(values, labels);
    }

    // Only a value and its words: anything with a shape of its own (properties, items, a $ref, a composition) is a real alternative.
    private static bool IsConstOnly(IOpenApiSchema member) =>
        member is not OpenApiSchemaReference
        && member.Const is not null
        && member.Properties is not { Count: > 0 }
        && member.Items is null
        && member.OneOf is not { Count: > 0 } && member.AnyOf is not { Count: > 0 } && member.AllOf is not { Count: > 0 }
        && member.Enum is not { Count: > 1 };
}
