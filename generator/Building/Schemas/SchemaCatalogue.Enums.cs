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

/// <summary>
/// Enum schemas: a class per enum, over string, int, long or double wire values; inline string enums of a format of
/// the API's own share one class per format (<see cref="FormatEnums"/>).
/// </summary>
internal sealed partial class SchemaCatalogue
{
    // Members every enum struct has already.
    private static readonly string[] EnumMemberNames = ["Value", "IsKnown", "Parse", .. GeneratedMembers.Reserved];

    private readonly List<EnumModel> _enums = new();
    private readonly Dictionary<string, EnumModel> _enumsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FormatValues> _formats = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Reads the values of every inline enum that shares its format's type, before any type is declared, so that each
    /// shared type holds them all in document order and claims its name right after the component schemas.
    /// </summary>
    public void GatherFormatEnums(OpenApiDocument document)
    {
        foreach (var (format, values) in FormatEnums.In(document))
        {
            FormatValuesOf(format).Add(values);
        }
    }

    internal static bool IsNumeric(IList<JsonNode> values, JsonSchemaType types) =>
        types is JsonSchemaType.Integer or JsonSchemaType.Number
        || (types == 0 && values.All(v => v is null || v.GetValueKind() == JsonValueKind.Number));

    /// <summary>An enum schema's type: a component's of its name; an inline one's of its own, or of its format's.</summary>
    private TypeRef EnumType(IOpenApiSchema schema, IList<JsonNode> values, JsonSchemaType types, string nameHint, string? fixedName, IReadOnlyDictionary<string, (string? Title, string? Description)>? labels = null)
    {
        if (fixedName is not null || FormatEnums.SharedFormat(schema, values, types) is not { } format)
        {
            return DefineEnum(schema.Description, values, types, fixedName ?? _typeNames.Claim(nameHint), labels);
        }

        var shared = FormatValuesOf(format);
        // Values the document walk did not meet join the type after the others, which keep their members' names.
        if (shared.Add(new ConstAlternatives(values, labels ?? new Dictionary<string, (string? Title, string? Description)>())) || !_enumsByName.ContainsKey(shared.Name))
        {
            var model = BuildEnum($"Values of `format: {format}`.", shared.Values, JsonSchemaType.String, shared.Name, shared.Labels);
            var index = _enums.FindIndex(e => e.Name == shared.Name);
            if (index >= 0)
            {
                _enums[index] = model;
            }
            else
            {
                _enums.Add(model);
            }

            _enumsByName[shared.Name] = model;
        }

        return TypeRef.Named(TypeKind.Enum, shared.Name);
    }

    private FormatValues FormatValuesOf(string format)
    {
        if (!_formats.TryGetValue(format, out var shared))
        {
            shared = new FormatValues(_typeNames.Claim(FormatEnums.TypeName(format)));
            _formats[format] = shared;
        }

        return shared;
    }

    /// <param name="labels">Titles and descriptions of values, by their text (the oneOf-of-const idiom); titles name the members.</param>
    private TypeRef DefineEnum(string? description, IList<JsonNode> values, JsonSchemaType types, string name, IReadOnlyDictionary<string, (string? Title, string? Description)>? labels = null)
    {
        var model = BuildEnum(description, values, types, name, labels);
        _enums.Add(model);
        _enumsByName[name] = model;
        return TypeRef.Named(TypeKind.Enum, name);
    }

    private EnumModel BuildEnum(string? description, IList<JsonNode> values, JsonSchemaType types, string name, IReadOnlyDictionary<string, (string? Title, string? Description)>? labels)
    {
        var numeric = IsNumeric(values, types);
        var texts = SingleValues.Present(values).Select(Text).Distinct(StringComparer.Ordinal).ToList();
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

        return new EnumModel(name, description, kind, built.ToEquatableArray(), _strictEnums);
    }

    private static string Text(JsonNode value) => value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    /// <summary>The values of one shared format so far, in the order first met, each with its label where it was first met.</summary>
    private sealed class FormatValues
    {
        private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string? Title, string? Description)> _labels = new(StringComparer.Ordinal);

        public FormatValues(string name) => Name = name;

        public string Name { get; }

        public List<JsonNode> Values { get; } = new();

        public IReadOnlyDictionary<string, (string? Title, string? Description)> Labels => _labels;

        /// <summary>Adds the values not met before; true when there were any.</summary>
        public bool Add(ConstAlternatives found)
        {
            var added = false;
            foreach (var text in found.Values.Where(v => v is not null).Select(Text))
            {
                if (!_texts.Add(text))
                {
                    continue;
                }

                Values.Add(JsonValue.Create(text)!);
                added = true;
                if (found.Labels.TryGetValue(text, out var label))
                {
                    _labels[text] = label;
                }
            }

            return added;
        }
    }
}
