using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary>Object schemas: one model class each, inline ones shared when their content is the same.</summary>
internal sealed partial class SchemaCatalogue
{
    private readonly List<ObjectDraft> _objects = new();
    private readonly Dictionary<string, ObjectDraft> _objectsByName = new(StringComparer.Ordinal);

    // Inline schemas with identical content (a YAML alias is read as a copy) share one type.
    private readonly Dictionary<string, TypeRef> _inlineShapes = new(StringComparer.Ordinal);

    /// <summary>The object types declared so far, in the order they were met.</summary>
    public IReadOnlyList<ObjectDraft> Objects => _objects;

    /// <summary>The declaration of an object type.</summary>
    public ObjectDraft? FindObject(TypeRef type) =>
        type.Kind == TypeKind.Object && _objectsByName.TryGetValue(type.Name!, out var found) ? found : null;

    private TypeRef DefineObject(IOpenApiSchema schema, string name, string pointer, int depth)
    {
        var type = TypeRef.Named(TypeKind.Object, name);
        var draft = new ObjectDraft(name, schema.Title == name ? null : schema.Title, schema.Description);
        _objects.Add(draft);
        _objectsByName[name] = draft;
        RegisterComponent(pointer, type);

        // Before the properties, so that a pointer $ref inside them back to this schema finds its type.
        _inline[schema] = type;

        var members = new NameScope(GeneratedMembers.Reserved.Concat(new[] { name }).ToArray());
        foreach (var (wireName, propertySchema, required, propertyPointer) in SchemaProperties.Of(schema, pointer, MaxDepth))
        {
            var propertyName = Identifier.Pascal(wireName, "Value");
            if (string.Equals(propertyName, name, StringComparison.Ordinal))
            {
                propertyName += "Value";
            }

            propertyName = members.Claim(propertyName);
            var propertyType = Resolve(propertySchema, name + propertyName, propertyPointer, depth + 1);
            var single = SingleValue(propertySchema, propertyType);
            if (single is not null)
            {
                draft.SingleValues[wireName] = single;
            }

            // A required property of one allowed value is that value: fixed by the type, sent without being set.
            // An optional one stays the caller's to send or not (Stripe's `enum: [""]` clears a field when sent).
            draft.Properties.Add(new PropertyModel(
                propertyName,
                wireName,
                propertyType,
                required,
                propertySchema.Deprecated,
                propertySchema.Description,
                propertySchema.Default is { } value ? DefaultText(value) : null,
                Fixed: required ? single : null,
                SingleValue: single));
        }

        // Declared properties and a schema for the others: the others are kept in a dictionary, not skipped.
        if (schema.AdditionalProperties is { } additional && schema.Properties is { Count: > 0 })
        {
            var value = Resolve(additional, name + "Value", pointer + "/additionalProperties", depth + 1);
            draft.AdditionalProperties = new AdditionalPropertiesModel(members.Claim("AdditionalProperties"), value);
        }

        return References.IsComponentSchema(pointer) ? type : ShareInline(draft, type);
    }

    /// <summary>
    /// The one value a schema allows (see <see cref="SingleValues.Of"/>) as its type holds it: a member of an enum (a
    /// property's own one value of a shared enum), a string, a number or a boolean. Null when it allows more, or null,
    /// or its type cannot say the value.
    /// </summary>
    public FixedValueModel? SingleValue(IOpenApiSchema? schema, TypeRef type)
    {
        if (type.Nullable || SingleValues.Of(schema) is not { } text)
        {
            return null;
        }

        return type.Kind switch
        {
            TypeKind.Enum when _enumsByName.TryGetValue(type.Name!, out var model) && model.Members.FirstOrDefault(m => SameValue(model.ValueKind, m.WireValue, text)) is { } member
                => new FixedValueModel(member.WireValue, member.Name),
            TypeKind.String => new FixedValueModel(text, null),
            TypeKind.Int32 when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => new FixedValueModel(number.ToString(CultureInfo.InvariantCulture), null),
            TypeKind.Int64 when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => new FixedValueModel(number.ToString(CultureInfo.InvariantCulture), null),
            TypeKind.Double when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsInfinity(number) => new FixedValueModel(number.ToString("R", CultureInfo.InvariantCulture), null),
            TypeKind.Boolean when text is "true" or "false" => new FixedValueModel(text, null),
            _ => null,
        };
    }

    // Numbers compare as numbers (an enum's 2 is the schema's 2.0).
    private static bool SameValue(EnumValueKind kind, string member, string text) =>
        kind == EnumValueKind.String
            ? string.Equals(member, text, StringComparison.Ordinal)
            : double.TryParse(member, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && a.Equals(b);

    private static string DefaultText(System.Text.Json.Nodes.JsonNode value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    /// <summary>Returns the type of an earlier inline object with the same content, dropping this one; else keeps this one.</summary>
    private TypeRef ShareInline(ObjectDraft draft, TypeRef type)
    {
        // The object's documentation as a reader sees it (TextKey), with its properties: the same content is one type.
        var key = new StringBuilder("object|").Append(TextKey.Of(draft.Title, draft.Description));
        foreach (var property in draft.Properties)
        {
            key.Append('|').Append(property.WireName).Append(':').Append(property.Type)
                .Append(property.Required ? "!" : string.Empty).Append(':').Append(property.Description);
            // Two literals of one scalar type (`object: {enum: [card]}` and `{enum: [bank]}`) are different shapes.
            if (property.SingleValue is { } single)
            {
                key.Append("=").Append(single.WireValue);
            }

        }

        key.Append('|').Append(draft.AdditionalProperties?.Value);
        // A type its own properties refer to (through a pointer $ref) is named in them: it stays.
        if (!_inlineShapes.TryGetValue(key.ToString(), out var existing) || _referencedWhileOpen.Contains(draft.Name))
        {
            if (existing is null)
            {
                _inlineShapes[key.ToString()] = type;
            }

            return type;
        }

        _objects.Remove(draft);
        _objectsByName.Remove(draft.Name);
        _typeNames.Release(draft.Name);
        return existing;
    }
}

/// <summary>An object type while the spec is read; frozen into an <see cref="ObjectModel"/> once the spec is read.</summary>
internal sealed class ObjectDraft
{
    public ObjectDraft(string name, string? title, string? description)
    {
        Name = name;
        Title = title;
        Description = description;
    }

    public string Name { get; }

    public string? Title { get; }

    public string? Description { get; }

    public List<PropertyModel> Properties { get; } = new();

    public AdditionalPropertiesModel? AdditionalProperties { get; set; }

    /// <summary>The one value each property's schema allows, for those that allow one: what the type can fix.</summary>
    public Dictionary<string, FixedValueModel> SingleValues { get; } = new(StringComparer.Ordinal);

    public PropertyModel? Property(string wireName) => Properties.FirstOrDefault(p => string.Equals(p.WireName, wireName, StringComparison.Ordinal));

    /// <summary>Fixes the property to the one value its schema allows (a union alternative's discriminator); null when it allows more.</summary>
    public FixedValueModel? Fix(string wireName)
    {
        var index = Properties.FindIndex(p => string.Equals(p.WireName, wireName, StringComparison.Ordinal));
        if (index < 0 || !SingleValues.TryGetValue(wireName, out var value))
        {
            return null;
        }

        Properties[index] = Properties[index] with { Fixed = value };
        return value;
    }

    public ObjectModel Freeze() =>
        new(Name, Title, Description, Properties.ToEquatableArray(), AdditionalProperties);
}
