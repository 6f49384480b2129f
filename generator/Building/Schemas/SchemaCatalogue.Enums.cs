using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary>Enum schemas: a class per enum, over string, int, long or double wire values.</summary>
internal sealed partial class SchemaCatalogue
{
    // Members every enum struct has already.
    private static readonly string[] EnumMemberNames = ["Value", "IsKnown", "Parse", .. GeneratedMembers.Reserved];

    private readonly List<EnumModel> _enums = new();
    private readonly Dictionary<string, EnumModel> _enumsByName = new(StringComparer.Ordinal);

    public IReadOnlyList<EnumModel> Enums => _enums;

    /// <summary>
    /// A boolean that lists both its values (<c>type: boolean, enum: [true, false]</c>) restricts nothing: it is a
    /// <c>bool</c>, sent as the JSON boolean, not an enum of the texts "true" and "false".
    /// </summary>
    private static TypeRef? BooleanChoice(IList<JsonNode> values, JsonSchemaType types)
    {
        var present = SingleValues.Present(values);
        var booleans = present.All(v => v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            || (types == JsonSchemaType.Boolean && present.All(v => v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is "true" or "false"));
        return booleans && (types is 0 or JsonSchemaType.Boolean) && present.Count > 0 ? new TypeRef(TypeKind.Boolean) : null;
    }

    /// <param name="labels">Titles and descriptions of values, by their text (the oneOf-of-const idiom); titles name the members.</param>
    private TypeRef DefineEnum(IOpenApiSchema schema, IList<JsonNode> values, JsonSchemaType types, string name, IReadOnlyDictionary<string, (string? Title, string? Description)>? labels = null)
    {
        var numeric = types is JsonSchemaType.Integer or JsonSchemaType.Number
            || (types == 0 && values.All(v => v is null || v.GetValueKind() == JsonValueKind.Number));
        var texts = SingleValues.Present(values).Select(v => v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()).Distinct(StringComparer.Ordinal).ToList();
        if (numeric)
        {
            texts = texts.Where(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _)).ToList();
        }

        var kind = !numeric
            ? EnumValueKind.String
            : types == JsonSchemaType.Number || texts.Any(t => !long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                ? EnumValueKind.Double
                : texts.All(t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) ? EnumValueKind.Int32 : EnumValueKind.Int64;

        var members = new NameScope(EnumMemberNames.Concat(new[] { name }).ToArray());
        var built = new List<EnumMemberModel>();
        foreach (var text in texts)
        {
            var label = labels is not null && labels.TryGetValue(text, out var found) ? found : default;
            // Numbers read as words: 1.5 is _1Point5 and -1 is Minus1, so that 15 and 1.5 never meet.
            var word = !string.IsNullOrWhiteSpace(label.Title) ? label.Title! : numeric ? text.Replace(".", "Point") : text;
            built.Add(new EnumMemberModel(members.Claim(Identifier.Pascal(word, "Empty")), text, label.Description));
        }

        var model = new EnumModel(name, schema.Description, kind, built.ToEquatableArray(), _strictEnums);
        _enums.Add(model);
        _enumsByName[name] = model;
        return TypeRef.Named(TypeKind.Enum, name);
    }
}
