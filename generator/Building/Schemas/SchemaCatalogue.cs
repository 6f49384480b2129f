using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Linq;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary>
/// Turns schemas into <see cref="TypeRef"/>s and collects the types they declare. Component schemas become one
/// named type each, however often they are used; inline object and enum schemas become types named after where
/// they appear. Named types are registered before their properties are read, so recursive schemas terminate.
/// The declarations are in the partial files beside this one: objects, enums and unions.
/// </summary>
internal sealed partial class SchemaCatalogue
{
    private const int MaxDepth = 48;
    private const int MaxReferenceChain = 500;

    private readonly DiagnosticList _diagnostics;
    private readonly NameScope _typeNames;
    private readonly bool _strictEnums;
    private readonly Dictionary<string, TypeRef> _byReference = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _componentNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

    // An inline schema object met twice (a reply resolved for its type and again for its case, a YAML alias, a
    // pointer $ref to it) is one type.
    private readonly Dictionary<IOpenApiSchema, TypeRef> _inline = new(ReferenceEquality.Instance);

    // Inline schemas being resolved, and the types met again inside themselves (a pointer $ref to an enclosing
    // schema), which must keep their own declaration.
    private readonly HashSet<IOpenApiSchema> _resolvingInline = new(ReferenceEquality.Instance);
    private readonly HashSet<string> _referencedWhileOpen = new(StringComparer.Ordinal);

    public SchemaCatalogue(DiagnosticList diagnostics, NameScope typeNames, bool strictEnums)
    {
        _diagnostics = diagnostics;
        _typeNames = typeNames;
        _strictEnums = strictEnums;
    }

    /// <summary>Claims the names of all component schemas first, so inline types can never take them.</summary>
    public void ReserveComponentNames(IDictionary<string, IOpenApiSchema>? schemas)
    {
        foreach (var pair in schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            // An alias of another component is that component's type and needs no name of its own.
            if (pair.Value is not OpenApiSchemaReference && !IsPointerAliasOfAnother(pair.Key, pair.Value))
            {
                _componentNames[References.ComponentSchema(pair.Key)] = _typeNames.Claim(Identifier.Pascal(pair.Key, "Model"));
            }
        }
    }

    /// <summary>The type of a schema used at <paramref name="pointer"/>; <paramref name="nameHint"/> names inline types.</summary>
    public TypeRef Resolve(IOpenApiSchema? schema, string nameHint, string pointer, int depth = 0)
    {
        if (schema is null)
        {
            return TypeRef.Any;
        }

        if (depth > MaxDepth)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"A schema nesting more than {MaxDepth} levels deep", "the deeper part is typed as JsonElement");
            return TypeRef.Any;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return ResolveReference(reference, pointer, depth);
        }

        if (_inline.TryGetValue(schema, out var known))
        {
            if (_resolvingInline.Contains(schema) && known.Name is { } name)
            {
                _referencedWhileOpen.Add(name);
            }

            return known;
        }

        if (SchemaHome.Of(schema) is { } home && ResolveAtHome(schema, home, depth) is { } declared)
        {
            return declared;
        }

        if (!_resolvingInline.Add(schema))
        {
            // Only a pointer $ref can make a schema its own part; through an object it is a named type, found above.
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, "A schema that contains itself without an object in between", "it is typed as JsonElement");
            return TypeRef.Any;
        }

        try
        {
            var type = ResolveInline(schema, nameHint, null, pointer, depth);
            _inline[schema] = type;
            return type;
        }
        finally
        {
            _resolvingInline.Remove(schema);
        }
    }

    /// <summary>
    /// The type of a schema that pointer references share, declared at its home: the component it is the whole of,
    /// or the component it lies in, which is resolved first so that the schema's type has the name it has there.
    /// Null when the home is being resolved now (or did not reach the schema): then it is declared here.
    /// </summary>
    private TypeRef? ResolveAtHome(IOpenApiSchema schema, SchemaHome home, int depth)
    {
        var key = References.ComponentSchema(home.Component.Reference.Id ?? string.Empty);
        if (home.IsComponent)
        {
            return ResolveReference(home.Component, key, depth + 1);
        }

        if (_byReference.ContainsKey(key) || _resolving.Contains(key))
        {
            return null;
        }

        ResolveReference(home.Component, key, depth + 1);
        return _inline.TryGetValue(schema, out var declared) ? declared : null;
    }

    /// <summary>A component that a pointer made the very schema of another component (<c>X</c> and <c>Y</c> both <c>$ref</c> <c>A/properties/b</c>).</summary>
    private static bool IsPointerAliasOfAnother(string key, IOpenApiSchema schema) =>
        SchemaHome.Of(schema) is { IsComponent: true } home && home.Component.Reference.Id != key;

    private TypeRef ResolveReference(OpenApiSchemaReference reference, string pointer, int depth)
    {
        var key = reference.Reference.ReferenceV3 ?? reference.Reference.Id ?? string.Empty;
        if (_byReference.TryGetValue(key, out var known))
        {
            return known;
        }

        var target = References.TargetOf(() => reference.Target);
        if (target is null || reference.UnresolvedReference)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnresolvedReference, pointer + "/$ref", key, DiagnosticDescriptors.TypedAsJsonElement);
            return TypeRef.Any;
        }

        // Each link costs a few stack frames, and OpenAPI.NET refuses chains of some thousands: stop well before.
        if (_resolving.Count >= MaxReferenceChain)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"A chain of more than {MaxReferenceChain} schemas, each referring to the next,", "the rest of the chain is typed as JsonElement");
            return TypeRef.Any;
        }

        if (!_resolving.Add(key))
        {
            // A chain of references that comes back to itself without passing through an object.
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"The schema '{key}', referring to itself without an object in between,", "it is typed as JsonElement");
            return TypeRef.Any;
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

            var home = SchemaHome.Of(target);
            if (home is { IsComponent: true } && IsPointerAliasOfAnother(reference.Reference.Id ?? string.Empty, target))
            {
                var aliased = ResolveReference(home.Component, pointer, depth + 1);
                _byReference[key] = aliased;
                return aliased;
            }

            var name = _componentNames.TryGetValue(key, out var componentName) ? componentName : null;
            var hint = name ?? Identifier.Pascal(reference.Reference.Id, "Model");
            // Depth counts inline nesting only: components that refer to each other form chains far longer than
            // that (Stripe's), which the limit on the chain of references bounds.
            var type = ResolveInline(target, hint, name, key.StartsWith("#", StringComparison.Ordinal) ? key : pointer, depth: 0);
            _byReference[key] = type;
            if (home is not null && !_inline.ContainsKey(target))
            {
                // A schema that pointer references share: where they meet it, it is this component.
                _inline[target] = type;
            }

            return type;
        }
        finally
        {
            _resolving.Remove(key);
        }
    }

    /// <param name="fixedName">The already claimed name of a component schema; null for inline schemas.</param>
    private TypeRef ResolveInline(IOpenApiSchema schema, string nameHint, string? fixedName, string pointer, int depth)
    {
        var types = schema.Type ?? 0;
        var nullable = (types & JsonSchemaType.Null) != 0 || Composition.IsNullable(schema) || schema.Extensions?.ContainsKey(Reading.DocumentRepair.NullableMarker) == true;
        var type = ResolveNonNull(schema, types & ~JsonSchemaType.Null, nameHint, fixedName, pointer, depth);
        return type.WithNullable(type.Nullable || nullable);
    }

    private TypeRef ResolveNonNull(IOpenApiSchema schema, JsonSchemaType types, string nameHint, string? fixedName, string pointer, int depth)
    {
        if (ConstAlternatives.Of(schema, types) is { } constants)
        {
            return ScalarOfValues(schema, constants.Values, types | ConstantTypes(schema)) ?? EnumType(schema, constants.Values, types, nameHint, fixedName, constants.Labels);
        }

        if (Composition.Of(schema) is { } composed)
        {
            // Text, an object, a list or a map "or empty": its own type. A scalar in other words (a date, a URI) has
            // no name to lose, and stays a union with the empty string.
            if (!composed.Merge && composed.Single is null && OrEmpty.Of(schema, composed.Keyword) is { } orEmpty
                && Resolve(orEmpty.Member, nameHint, pointer + orEmpty.Pointer, depth + 1).WithNullable(false) is { Kind: TypeKind.String or TypeKind.Object or TypeKind.List or TypeKind.Map } value)
            {
                return value.Kind == TypeKind.String ? value : value with { OrEmpty = true };
            }

            return composed.Single is { } single
                ? Resolve(single, nameHint, pointer + composed.Pointer, depth + 1).WithNullable(false)
                : composed.Merge
                    ? DefineObject(schema, fixedName ?? _typeNames.Claim(nameHint), pointer, depth)
                    : DefineUnion(schema, composed.Keyword, fixedName ?? _typeNames.Claim(nameHint), pointer, depth);
        }

        if (schema.Enum is { Count: > 0 } values && !values.All(v => v is null))
        {
            // One allowed value is a literal of its scalar type, not an enum type of one member.
            return ScalarOfValues(schema, values, types) ?? EnumType(schema, values, types, nameHint, fixedName);
        }

        switch (types)
        {
            case JsonSchemaType.String:
                // 3.1 may say binary as `contentEncoding: binary` (Discord's `files[0]`) rather than `format: binary`.
                return ScalarTypes.String(schema.Format is null && schema is IOpenApiSchemaMissingProperties { ContentEncoding: "binary" } ? "binary" : schema.Format);
            case JsonSchemaType.Integer:
                return ScalarTypes.Integer(schema);
            case JsonSchemaType.Number:
                return ScalarTypes.Number(schema.Format);
            case JsonSchemaType.Boolean:
                return new TypeRef(TypeKind.Boolean);
            case JsonSchemaType.Array:
                return TypeRef.ListOf(Resolve(schema.Items, nameHint + "Item", pointer + "/items", depth + 1));
            case JsonSchemaType.Object:
            case 0 when schema.Properties is { Count: > 0 } || schema.AdditionalProperties is not null:
                return ObjectType(schema, nameHint, fixedName, pointer, depth);
            case 0 when schema.Items is not null:
                return TypeRef.ListOf(Resolve(schema.Items, nameHint + "Item", pointer + "/items", depth + 1));
            default:
                // No type, or several: any JSON value.
                return TypeRef.Any;
        }
    }

    /// <summary>
    /// The values of a schema that <see cref="ResolveNonNull"/> makes an enum type (of two values or more), read in
    /// the same order: a oneOf of consts, else, unless it is composed, its <c>enum</c>. Null for any other schema.
    /// </summary>
    internal static ConstAlternatives? EnumValues(IOpenApiSchema schema)
    {
        var types = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        if (ConstAlternatives.Of(schema, types) is { } constants)
        {
            return ScalarOfValues(schema, constants.Values, types | ConstantTypes(schema)) is null ? constants : null;
        }

        return Composition.Of(schema) is null && schema.Enum is { Count: > 0 } values && !values.All(v => v is null) && ScalarOfValues(schema, values, types) is null
            ? new ConstAlternatives(values, new Dictionary<string, (string? Title, string? Description)>())
            : null;
    }

    /// <summary>
    /// The scalar that enum values are rather than an enum type: one allowed value, or a boolean's both. One place, so
    /// that <see cref="EnumValues"/> (the shared-format walk) and <see cref="ResolveNonNull"/> agree on what is an enum.
    /// </summary>
    private static TypeRef? ScalarOfValues(IOpenApiSchema schema, IList<JsonNode> values, JsonSchemaType types) =>
        SingleValues.TypeOf(schema, values, types) ?? BooleanChoice(values, types);

    // A oneOf of consts may say the type on its alternatives rather than on itself.
    private static JsonSchemaType ConstantTypes(IOpenApiSchema schema) =>
        (schema.OneOf is { Count: > 0 } oneOf ? oneOf : schema.AnyOf)?.Aggregate((JsonSchemaType)0, (all, m) => all | ((m.Type ?? 0) & ~JsonSchemaType.Null)) ?? 0;

    private TypeRef ObjectType(IOpenApiSchema schema, string nameHint, string? fixedName, string pointer, int depth)
    {
        if (schema.Properties is { Count: > 0 })
        {
            return DefineObject(schema, fixedName ?? _typeNames.Claim(nameHint), pointer, depth);
        }

        // No properties: a map. additionalProperties gives its values; absent or true means any value.
        var value = schema.AdditionalProperties is { } values
            ? Resolve(values, nameHint + "Value", pointer + "/additionalProperties", depth + 1)
            : TypeRef.Any;
        return TypeRef.MapOf(value);
    }

    /// <summary>Registers a named type under its component pointer before its members are read, so a member referring back finds it.</summary>
    private void RegisterComponent(string pointer, TypeRef type)
    {
        if (References.IsComponentSchema(pointer))
        {
            _byReference[pointer] = type;
        }
    }

    internal sealed class ReferenceEquality : IEqualityComparer<IOpenApiSchema>
    {
        public static readonly ReferenceEquality Instance = new();

        public bool Equals(IOpenApiSchema? x, IOpenApiSchema? y) => ReferenceEquals(x, y);

        public int GetHashCode(IOpenApiSchema obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
