using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building;

/// <summary>
/// Maps schemas to C# types. Component schemas become one named type each, however often they are used;
/// inline object and enum schemas become types named after where they appear. Named types are registered
/// before their properties are read, so recursive schemas terminate.
/// </summary>
internal sealed class TypeResolver
{
    private const int MaxDepth = 48;
    private static readonly TypeUsage AnyType = new("global::System.Text.Json.JsonElement", KnownTypes.Any, "any", IsValueType: true);

    private readonly DiagnosticList _diagnostics;
    private readonly NameScope _typeNames;
    private readonly Dictionary<string, TypeUsage> _byReference = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _componentNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

    // An inline schema object met twice (a reply resolved for its type and again for its case, a YAML alias) is one type.
    private readonly Dictionary<IOpenApiSchema, TypeUsage> _inline = new(ReferenceEqualityComparer.Instance);
    private readonly List<ObjectBuilder> _objects = new();
    private readonly Dictionary<string, ObjectBuilder> _objectsByName = new(StringComparer.Ordinal);
    private readonly List<EnumModel> _enums = new();
    private readonly List<UnionModel> _unions = new();

    // Inline schemas with identical content (a YAML alias is read as a copy) share one type.
    private readonly Dictionary<string, TypeUsage> _inlineShapes = new(StringComparer.Ordinal);

    private readonly bool _strictEnums;

    public TypeResolver(DiagnosticList diagnostics, NameScope typeNames, bool strictEnums = false)
    {
        _strictEnums = strictEnums;
        _diagnostics = diagnostics;
        _typeNames = typeNames;
    }

    public IReadOnlyList<ObjectBuilder> Objects => _objects;

    public IReadOnlyList<EnumModel> Enums => _enums;

    public IReadOnlyList<UnionModel> Unions => _unions;

    public static TypeUsage Any => AnyType;

    /// <summary>Claims the names of all component schemas first, so inline types can never take them.</summary>
    public void ReserveComponentNames(IDictionary<string, IOpenApiSchema>? schemas)
    {
        foreach (var pair in schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            // An alias of another component is that component's type and needs no name of its own.
            if (pair.Value is not OpenApiSchemaReference)
            {
                _componentNames[ComponentReference(pair.Key)] = _typeNames.Claim(Identifier.Pascal(pair.Key, "Model"));
            }
        }
    }

    public static string ComponentReference(string key) => "#/components/schemas/" + key;

    public ObjectBuilder? FindObject(string typeName) => _objectsByName.TryGetValue(typeName, out var found) ? found : null;

    /// <summary>The C# type of a schema used at <paramref name="pointer"/>; <paramref name="nameHint"/> names inline types.</summary>
    public TypeUsage Resolve(IOpenApiSchema? schema, string nameHint, string pointer, int depth = 0)
    {
        if (schema is null)
        {
            return AnyType;
        }

        if (depth > MaxDepth)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"The schema nests more than {MaxDepth} levels deep; the deeper part is typed as JsonElement");
            return AnyType;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return ResolveReference(reference, pointer, depth);
        }

        if (_inline.TryGetValue(schema, out var known))
        {
            return known;
        }

        var usage = ResolveInline(schema, nameHint, null, pointer, depth);
        _inline[schema] = usage;
        return usage;
    }

    private TypeUsage ResolveReference(OpenApiSchemaReference reference, string pointer, int depth)
    {
        var key = reference.Reference.ReferenceV3 ?? reference.Reference.Id ?? string.Empty;
        if (_byReference.TryGetValue(key, out var known))
        {
            return known;
        }

        IOpenApiSchema? target;
        try
        {
            target = reference.Target;
        }
        catch (Exception)
        {
            target = null;
        }

        if (target is null || reference.UnresolvedReference)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnresolvedReference, pointer + "/$ref", key);
            return AnyType;
        }

        if (!_resolving.Add(key))
        {
            // A chain of references that comes back to itself without passing through an object.
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"The schema '{key}' refers to itself without an object in between; it is typed as JsonElement");
            return AnyType;
        }

        try
        {
            if (target is OpenApiSchemaReference alias)
            {
                // A component that only names another: the same type, not a copy of it.
                var aliased = Resolve(alias, Identifier.Pascal(reference.Reference.Id, "Model"), pointer, depth + 1);
                _byReference[key] = aliased;
                return aliased;
            }

            var name = _componentNames.TryGetValue(key, out var componentName) ? componentName : null;
            var hint = name ?? Identifier.Pascal(reference.Reference.Id, "Model");
            var usage = ResolveInline(target, hint, name, key.StartsWith("#", StringComparison.Ordinal) ? key : pointer, depth + 1);
            _byReference[key] = usage;
            return usage;
        }
        finally
        {
            _resolving.Remove(key);
        }
    }

    /// <param name="fixedName">The already claimed name of a component schema; null for inline schemas.</param>
    private TypeUsage ResolveInline(IOpenApiSchema schema, string nameHint, string? fixedName, string pointer, int depth)
    {
        var types = schema.Type ?? 0;
        var nullable = (types & JsonSchemaType.Null) != 0 || IsNullableComposition(schema) || schema.Extensions?.ContainsKey(Reading.DocumentRepair.NullableMarker) == true;
        var usage = ResolveNonNull(schema, types & ~JsonSchemaType.Null, nameHint, fixedName, pointer, depth);
        return usage.WithNullable(usage.Nullable || nullable);
    }

    private TypeUsage ResolveNonNull(IOpenApiSchema schema, JsonSchemaType types, string nameHint, string? fixedName, string pointer, int depth)
    {
        if (Composition(schema) is { } composed)
        {
            return composed.Single is { } single
                ? Resolve(single, nameHint, pointer + composed.Pointer, depth + 1).WithNullable(false)
                : composed.Merge
                    ? DefineObject(schema, fixedName ?? _typeNames.Claim(nameHint), pointer, depth)
                    : DefineUnion(schema, composed.Keyword, fixedName ?? _typeNames.Claim(nameHint), pointer, depth);
        }

        if (schema.Enum is { Count: > 0 } values && !HasOnlyNulls(values))
        {
            return DefineEnum(schema, values, types, fixedName ?? _typeNames.Claim(nameHint));
        }

        switch (types)
        {
            case JsonSchemaType.String:
                return StringType(schema.Format);
            case JsonSchemaType.Integer:
                return IntegerType(schema);
            case JsonSchemaType.Number:
                return NumberType(schema.Format);
            case JsonSchemaType.Boolean:
                return new TypeUsage("bool", KnownTypes.Boolean, "scalar", IsValueType: true);
            case JsonSchemaType.Array:
                return ListType(schema.Items, nameHint + "Item", pointer + "/items", depth);
            case JsonSchemaType.Object:
            case 0 when schema.Properties is { Count: > 0 } || schema.AdditionalProperties is not null:
                return ObjectType(schema, nameHint, fixedName, pointer, depth);
            case 0 when schema.Items is not null:
                return ListType(schema.Items, nameHint + "Item", pointer + "/items", depth);
            default:
                // No type, or several: any JSON value.
                return AnyType;
        }
    }

    private TypeUsage ObjectType(IOpenApiSchema schema, string nameHint, string? fixedName, string pointer, int depth)
    {
        if (schema.Properties is { Count: > 0 })
        {
            return DefineObject(schema, fixedName ?? _typeNames.Claim(nameHint), pointer, depth);
        }

        // No properties: a map. additionalProperties gives its values; absent or true means any value.
        var value = schema.AdditionalProperties is { } values
            ? Resolve(values, nameHint + "Value", pointer + "/additionalProperties", depth + 1)
            : AnyType;
        return MapType(value);
    }

    public static TypeUsage MapType(TypeUsage value)
    {
        var valueType = value.Nullable ? value.NullableType : value.Type;
        var valueCodec = value.Nullable ? value.NullableCodec : value.Codec;
        return new TypeUsage($"global::System.Collections.Generic.IDictionary<string, {valueType}>", KnownTypes.Map(valueType, valueCodec), "map", IsValueType: false, Item: value);
    }

    private TypeUsage ListType(IOpenApiSchema? items, string nameHint, string pointer, int depth)
    {
        var item = Resolve(items, nameHint, pointer, depth + 1);
        var itemType = item.Nullable ? item.NullableType : item.Type;
        var itemCodec = item.Nullable ? item.NullableCodec : item.Codec;
        return new TypeUsage($"global::System.Collections.Generic.IList<{itemType}>", KnownTypes.List(itemType, itemCodec), "list", IsValueType: false, Item: item);
    }

    private static TypeUsage StringType(string? format) => format switch
    {
        "date-time" => new("global::System.DateTimeOffset", KnownTypes.DateTime, "scalar", IsValueType: true, Temporal: true),
        "date-time-rfc-2822" or "rfc2822" or "date-time-rfc2822" => new("global::System.DateTimeOffset", KnownTypes.Rfc2822, "scalar", IsValueType: true, Temporal: true),
        "date" => new("global::System.DateOnly", KnownTypes.Date, "scalar", IsValueType: true, Temporal: true),
        "uuid" => new("global::System.Guid", KnownTypes.Guid, "scalar", IsValueType: true),
        "uri" => new("global::System.Uri", KnownTypes.Uri, "scalar", IsValueType: false),
        "byte" => new("byte[]", KnownTypes.Base64, "scalar", IsValueType: false),
        "binary" => new(KnownTypes.FilePart, KnownTypes.FilePartCodec, "file", IsValueType: false),
        _ => new("string", KnownTypes.String, "scalar", IsValueType: false),
    };

    private static TypeUsage IntegerType(IOpenApiSchema schema)
    {
        var fitsInt32 = schema.Format == "int32"
            || (schema.Format is null && InInt32Range(schema.Minimum) && InInt32Range(schema.Maximum));
        return fitsInt32 && schema.Format != "int64"
            ? new TypeUsage("int", KnownTypes.Int32, "scalar", IsValueType: true)
            : new TypeUsage("long", KnownTypes.Int64, "scalar", IsValueType: true);
    }

    private static bool InInt32Range(string? bound) =>
        bound is not null
        && decimal.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && value >= int.MinValue && value <= int.MaxValue;

    private static TypeUsage NumberType(string? format) => format switch
    {
        "float" => new("float", KnownTypes.Single, "scalar", IsValueType: true),
        "decimal" => new("decimal", KnownTypes.Decimal, "scalar", IsValueType: true),
        _ => new("double", KnownTypes.Double, "scalar", IsValueType: true),
    };

    private TypeUsage DefineObject(IOpenApiSchema schema, string name, string pointer, int depth)
    {
        var usage = new TypeUsage(name, name, "object", IsValueType: false);
        var builder = new ObjectBuilder(name, DocText.Summary(schema.Title == name ? null : schema.Title, schema.Description));
        _objects.Add(builder);
        _objectsByName[name] = builder;
        if (pointer.StartsWith("#/components/schemas/", StringComparison.Ordinal))
        {
            // Register before reading properties, so that a property referring back to this schema finds it.
            _byReference[pointer] = usage;
        }

        var members = new NameScope(name);
        foreach (var (wireName, propertySchema, required, propertyPointer) in Properties(schema, pointer))
        {
            var propertyName = Identifier.Pascal(wireName, "Value");
            if (string.Equals(propertyName, name, StringComparison.Ordinal))
            {
                propertyName += "Value";
            }

            propertyName = members.Claim(propertyName);
            var type = Resolve(propertySchema, name + propertyName, propertyPointer, depth + 1);
            builder.Properties.Add(new PropertyDraft(propertyName, wireName, type, required, propertySchema));
        }

        // Declared properties and a schema for the others: the others are kept in a dictionary, not skipped.
        if (schema.AdditionalProperties is { } additional && schema.Properties is { Count: > 0 })
        {
            var value = Resolve(additional, name + "Value", pointer + "/additionalProperties", depth + 1);
            builder.AdditionalProperties = (members.Claim("AdditionalProperties"), MapType(value));
        }

        return pointer.StartsWith("#/components/schemas/", StringComparison.Ordinal) ? usage : ShareInline(builder, usage);
    }

    /// <summary>Returns the type of an earlier inline object with the same content, dropping this one; else keeps this one.</summary>
    private TypeUsage ShareInline(ObjectBuilder builder, TypeUsage usage)
    {
        var key = new System.Text.StringBuilder("object|").Append(builder.Summary);
        foreach (var property in builder.Properties)
        {
            key.Append('|').Append(property.WireName).Append(':').Append(property.Type.Type).Append(property.Type.Nullable ? "?" : string.Empty)
                .Append(property.Required ? "!" : string.Empty).Append(':').Append(property.Schema?.Description);
        }

        key.Append('|').Append(builder.AdditionalProperties?.Map.Type);
        return Share(key.ToString(), builder, usage);
    }

    private TypeUsage Share(string key, ObjectBuilder builder, TypeUsage usage)
    {
        if (!_inlineShapes.TryGetValue(key, out var existing))
        {
            _inlineShapes[key] = usage;
            return usage;
        }

        _objects.Remove(builder);
        _objectsByName.Remove(builder.Name);
        _typeNames.Release(builder.Name);
        return existing;
    }

    /// <summary>The properties of an object, with those of its <c>allOf</c> parts merged in (first definition wins).</summary>
    private static IEnumerable<(string Name, IOpenApiSchema Schema, bool Required, string Pointer)> Properties(IOpenApiSchema schema, string pointer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        var collected = new List<(string, IOpenApiSchema, string)>();

        void Collect(IOpenApiSchema part, string partPointer, int depth)
        {
            if (depth > MaxDepth)
            {
                return;
            }

            foreach (var name in part.Required ?? Enumerable.Empty<string>())
            {
                required.Add(name);
            }

            foreach (var pair in part.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (seen.Add(pair.Key))
                {
                    collected.Add((pair.Key, pair.Value ?? new OpenApiSchema(), partPointer + "/properties/" + Pointer.Escape(pair.Key)));
                }
            }

            var index = 0;
            foreach (var member in part.AllOf ?? Enumerable.Empty<IOpenApiSchema>())
            {
                var target = member is OpenApiSchemaReference reference ? SafeTarget(reference) : member;
                if (target is not null)
                {
                    Collect(target, partPointer + "/allOf/" + index.ToString(CultureInfo.InvariantCulture), depth + 1);
                }

                index++;
            }
        }

        Collect(schema, pointer, 0);
        return collected.Select(c => (c.Item1, c.Item2, required.Contains(c.Item1), c.Item3));
    }

    private static IOpenApiSchema? SafeTarget(OpenApiSchemaReference reference)
    {
        try
        {
            return reference.Target;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private TypeUsage DefineEnum(IOpenApiSchema schema, IList<JsonNode> values, JsonSchemaType types, string name)
    {
        var numeric = types is JsonSchemaType.Integer or JsonSchemaType.Number
            || (types == 0 && values.All(v => v is null || v.GetValueKind() == System.Text.Json.JsonValueKind.Number));
        var texts = values.Where(v => v is not null).Select(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()).Distinct(StringComparer.Ordinal).ToList();
        if (numeric)
        {
            texts = texts.Where(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _)).ToList();
        }

        var (valueType, codec) = !numeric
            ? ("string", KnownTypes.String)
            : types == JsonSchemaType.Number || texts.Any(t => !long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                ? ("double", KnownTypes.Double)
                : texts.All(t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) ? ("int", KnownTypes.Int32) : ("long", KnownTypes.Int64);

        var members = new NameScope(name, "Value", "IsKnown", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers", "Documented");
        var built = new List<EnumMemberModel>();
        foreach (var text in texts)
        {
            // Numbers read as words: 1.5 is _1Point5 and -1 is Minus1, so that 15 and 1.5 never meet.
            var memberName = members.Claim(Identifier.Pascal(numeric ? text.Replace(".", "Point") : text, "Empty"));
            var literal = valueType switch
            {
                "string" => CSharpLiteral.String(text),
                "double" => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) + "d",
                "long" => text + "L",
                _ => text,
            };
            built.Add(new EnumMemberModel(memberName, literal, DocText.Escape(text)));
        }

        _enums.Add(new EnumModel(name, DocText.Summary(schema.Description), valueType, codec, built.ToEquatableArray(), _strictEnums));
        return new TypeUsage(name, name, "enum", IsValueType: true);
    }

    private TypeUsage DefineUnion(IOpenApiSchema schema, string keyword, string name, string pointer, int depth)
    {
        var usage = new TypeUsage(name, name, "union", IsValueType: false);
        if (pointer.StartsWith("#/components/schemas/", StringComparison.Ordinal))
        {
            _byReference[pointer] = usage;
        }

        var members = (keyword == "oneOf" ? schema.OneOf : schema.AnyOf)!;
        var discriminator = schema.Discriminator;
        var names = new NameScope(name, "Json", "Discriminator", "Variant", "Value");
        var variants = new List<UnionVariantModel>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (IsNullSchema(member))
            {
                continue;
            }

            var type = Resolve(member, name + "Option" + (i + 1).ToString(CultureInfo.InvariantCulture), pointer + "/" + keyword + "/" + i.ToString(CultureInfo.InvariantCulture), depth + 1);
            // A member of any JSON is what the union holds anyway when no variant matches; it is not a variant of its own.
            // Nor is the union itself (`Cat: {oneOf: [$ref: Cat, …]}`).
            if (type.Shape == "any" || type.Type == name || variants.Any(v => v.Type == type.Type))
            {
                continue;
            }

            var values = discriminator is null ? Enumerable.Empty<string>() : DiscriminatorValues(discriminator, member);
            variants.Add(new UnionVariantModel(
                names.Claim(VariantName(type)),
                type.Type,
                type.Codec,
                type.IsValueType,
                !type.Type.StartsWith("global::System.Collections.Generic.I", StringComparison.Ordinal),
                string.Join(", ", values.Select(CSharpLiteral.String))));
        }

        var docs = DocText.Lines(schema.Description, "One of: " + string.Join(", ", variants.Select(v => v.Name)) + ".");
        var property = discriminator?.PropertyName is { Length: > 0 } propertyName ? CSharpLiteral.String(propertyName) : null;
        _unions.Add(new UnionModel(name, docs.ToEquatableArray(), property, variants.ToEquatableArray()));
        return usage;
    }

    /// <summary>The discriminator values that select a member: its mapping keys, or its component name when the mapping does not list it.</summary>
    private static IEnumerable<string> DiscriminatorValues(OpenApiDiscriminator discriminator, IOpenApiSchema member)
    {
        if (member is not OpenApiSchemaReference reference || reference.Reference.Id is not { } id)
        {
            return Enumerable.Empty<string>();
        }

        var mapped = (discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
            .Where(pair => pair.Value?.Reference?.Id == id)
            .Select(pair => pair.Key)
            .ToList();
        return mapped.Count > 0 ? mapped : new[] { id };
    }

    private static string VariantName(TypeUsage type) => type.Shape switch
    {
        "list" => "List",
        "map" => "Map",
        "any" => "Json",
        _ => type.Type switch
        {
            "string" => "String",
            "long" => "Int64",
            "int" => "Int32",
            "double" => "Double",
            "float" => "Single",
            "decimal" => "Decimal",
            "bool" => "Boolean",
            "byte[]" => "Bytes",
            var other => Identifier.Pascal(other.Substring(other.LastIndexOf('.') + 1), "Value"),
        },
    };

    private static bool HasOnlyNulls(IList<JsonNode> values) => values.All(v => v is null);

    private static bool IsNullableComposition(IOpenApiSchema schema) =>
        (schema.OneOf ?? schema.AnyOf) is { Count: > 1 } members && members.Any(IsNullSchema);

    private static bool IsNullSchema(IOpenApiSchema member) => member.Type == JsonSchemaType.Null;

    private sealed record Composed(IOpenApiSchema? Single, bool Merge, string Pointer, string Keyword = "");

    /// <summary>
    /// allOf / oneOf / anyOf: a single non-null member stands for itself (the 3.0 idiom for a nullable or
    /// described reference); several allOf members merge into one object; other unions are any JSON value.
    /// </summary>
    private static Composed? Composition(IOpenApiSchema schema)
    {
        foreach (var (members, keyword) in new[] { (schema.AllOf, "allOf"), (schema.OneOf, "oneOf"), (schema.AnyOf, "anyOf") })
        {
            if (members is not { Count: > 0 })
            {
                continue;
            }

            var nonNull = members.Where(m => !IsNullSchema(m)).ToList();
            var hasOwnShape = schema.Properties is { Count: > 0 };
            if (nonNull.Count == 1 && !hasOwnShape)
            {
                return new Composed(nonNull[0], false, "/" + keyword + "/" + members.IndexOf(nonNull[0]).ToString(CultureInfo.InvariantCulture));
            }

            return new Composed(null, keyword == "allOf" || hasOwnShape, string.Empty, keyword);
        }

        return null;
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<IOpenApiSchema>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(IOpenApiSchema? x, IOpenApiSchema? y) => ReferenceEquals(x, y);

        public int GetHashCode(IOpenApiSchema obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
