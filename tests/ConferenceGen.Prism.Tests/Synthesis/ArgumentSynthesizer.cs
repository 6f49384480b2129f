using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Prism.Tests.Generation;
using ConferenceGen.Runtime.Codecs;
using ConferenceGen.Runtime.Http;
using Microsoft.OpenApi;

namespace ConferenceGen.Prism.Tests.Synthesis;

/// <summary>
/// An argument for a generated method, made of the generated types the way a user would make it (models with their
/// properties set, enums from their documented values, unions from one alternative's constructor, lists of one item)
/// and holding values the matching schema accepts. The C# type says what to build; the schema says which values.
/// </summary>
internal sealed class ArgumentSynthesizer(GeneratedApi api, Fill fill)
{
    private const int MaxDepth = 24;
    // JSON text too: a body of raw bytes may be declared as application/json (Bandwidth's media upload), and Prism
    // never answers a JSON request whose body does not parse.
    private static readonly byte[] SomeBytes = "\"ConferenceGen\""u8.ToArray();

    private readonly JsonValueSynthesizer _json = new(fill);
    private readonly SortedSet<string> _notes = new(StringComparer.Ordinal);

    /// <summary>What had to be made another way than a user would (for the report): generated types that cannot be built.</summary>
    public IReadOnlyCollection<string> Notes => _notes;

    public object? For(Type type, IOpenApiSchema? schema, int depth = 0, int salt = 0)
    {
        if (depth > MaxDepth)
        {
            throw new SynthesisException($"{type.Name}: the required properties nest without end");
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        var view = schema is null ? null : SchemaView.Unwrap(schema);
        if (typeof(ApiModel).IsAssignableFrom(target))
        {
            return Model(target, view, depth);
        }

        if (typeof(JsonUnion).IsAssignableFrom(target))
        {
            return Union(target, view, depth, salt);
        }

        if (EnumValueType(target) is { } valueType)
        {
            return Enum(target, valueType, view, salt);
        }

        if (ItemType(target) is { } item)
        {
            return List(item, view, depth);
        }

        if (MapValueType(target) is { } value)
        {
            return Map(value, view, depth);
        }

        if (target == typeof(Stream))
        {
            return new MemoryStream(SomeBytes);
        }

        if (target == typeof(FilePart))
        {
            return new FilePart(new MemoryStream(SomeBytes), "sample.bin", "application/octet-stream");
        }

        if (target == typeof(JsonElement))
        {
            return JsonSerializer.SerializeToElement(_json.For(view, depth, salt));
        }

        if (ScalarConversion.Handles(target))
        {
            return ScalarConversion.To(target, view is null ? null : _json.For(view, depth, salt));
        }

        throw new SynthesisException($"no value for the type {target.FullName}");
    }

    private object Model(Type type, IOpenApiSchema? schema, int depth)
    {
        var model = api.ObjectOf(type) ?? throw new SynthesisException($"{type.Name} is not a model the generator made");
        var instance = Activator.CreateInstance(type)!;
        var required = SchemaView.Required(schema);
        var properties = SchemaView.Properties(schema).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var property in model.Properties)
        {
            properties.TryGetValue(property.WireName, out var propertySchema);
            // What the type fixes (a union alternative's discriminator) has no setter: the model sends it itself.
            if (property.Fixed is not null)
            {
                continue;
            }

            var isRequired = property.Required || required.Contains(property.WireName);
            var wanted = isRequired || (fill == Fill.Everything && depth < JsonValueSynthesizer.OptionalDepth && propertySchema?.ReadOnly != true);
            if (!wanted)
            {
                continue;
            }

            var member = type.GetProperty(property.Name) ?? throw new SynthesisException($"{type.Name} has no property {property.Name}");
            member.SetValue(instance, For(member.PropertyType, propertySchema, depth + 1));
        }

        return instance;
    }

    private object Union(Type type, IOpenApiSchema? schema, int depth, int salt)
    {
        var union = api.UnionOf(type) ?? throw new SynthesisException($"{type.Name} is not a union the generator made");
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Where(c => c.GetParameters().Length == 1).ToList();
        if (union.Variants.Count == 0 && constructors.Count == 0)
        {
            // Nothing to construct it from (Discord's oneOf of const values): only its codec can make one, from JSON.
            _notes.Add($"{type.Name}: a union without alternatives, made from JSON by its codec");
            var codec = type.GetField("Codec", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var parse = typeof(JsonCodec).GetMethods().Single(m => m.Name == nameof(JsonCodec.Parse) && m.GetParameters()[0].ParameterType == typeof(string));
            return parse.MakeGenericMethod(type).Invoke(null, new[] { (_json.For(schema, depth, salt) ?? JsonValue.Create("value"))!.ToJsonString(), codec })!;
        }

        if (constructors.Count != union.Variants.Count)
        {
            throw new SynthesisException($"{type.Name}: {constructors.Count} constructors for {union.Variants.Count} alternatives");
        }

        var alternatives = UnionAlternatives.Match(union, schema);
        var index = ChooseVariant(union, alternatives, schema, depth, salt);
        var variant = union.Variants[index];
        var parameterType = constructors[index].GetParameters()[0].ParameterType;
        var value = For(parameterType, alternatives[index], depth + 1, salt);

        // A variant chosen by a discriminator says so in its discriminator property.
        if (union.DiscriminatorProperty is { } discriminator && variant.DiscriminatorValues.Count > 0 && value is ApiModel && api.ObjectOf(value.GetType()) is { } model
            && model.Properties.FirstOrDefault(p => p.WireName == discriminator) is { Fixed: null } tagProperty)
        {
            var member = value.GetType().GetProperty(tagProperty.Name)!;
            member.SetValue(value, FromJson(member.PropertyType, JsonValue.Create(variant.DiscriminatorValues[0])));
        }

        return constructors[index].Invoke(new[] { value });
    }

    /// <summary>The variant standing for the alternative the JSON synthesizer would send, else the first one described.</summary>
    private int ChooseVariant(UnionModel union, IReadOnlyList<IOpenApiSchema?> alternatives, IOpenApiSchema? schema, int depth, int salt)
    {
        if (schema is not null && SchemaView.Alternatives(schema).Count > 0)
        {
            var chosen = _json.Alternative(schema, depth, salt).Schema;
            var index = alternatives.ToList().IndexOf(chosen);
            if (index >= 0)
            {
                return index;
            }
        }

        if (fill == Fill.Everything && union.Variants.Select((v, i) => (v, i)).FirstOrDefault(p => p.v.Type.Kind == TypeKind.Object) is { v: not null } objectVariant)
        {
            return objectVariant.i;
        }

        var described = alternatives.Select((a, i) => (a, i)).FirstOrDefault(p => p.a is not null);
        return described.a is null ? 0 : described.i;
    }

    private static object FromJson(Type type, JsonNode node)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (EnumValueType(target) is { } valueType)
        {
            return Activator.CreateInstance(target, ScalarConversion.To(valueType, node))!;
        }

        return ScalarConversion.To(target, node);
    }

    private object Enum(Type type, Type valueType, IOpenApiSchema? schema, int salt)
    {
        var listed = schema?.Enum?.Where(v => v is not null).ToList();
        if (listed is { Count: > 0 })
        {
            return Activator.CreateInstance(type, ScalarConversion.To(valueType, listed[salt % listed.Count]))!;
        }

        return type.GetFields(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(f => f.FieldType == type)?.GetValue(null)
            ?? throw new SynthesisException($"{type.Name} has no documented value");
    }

    private object List(Type item, IOpenApiSchema? schema, int depth)
    {
        var count = Math.Max(1, schema?.MinItems ?? 0);
        if (schema?.MaxItems is { } max && max < count)
        {
            count = max;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
        for (var i = 0; i < count; i++)
        {
            list.Add(For(item, schema?.Items, depth + 1, i));
        }

        return list;
    }

    private object Map(Type value, IOpenApiSchema? schema, int depth)
    {
        var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), value))!;
        map["key1"] = For(value, schema?.AdditionalProperties, depth + 1);
        return map;
    }

    private static Type? EnumValueType(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ApiEnum<,>))
            {
                return t.GetGenericArguments()[1];
            }
        }

        return null;
    }

    private static Type? ItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(IList<>) || definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>))
            ? type.GetGenericArguments()[0]
            : null;

    private static Type? MapValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
        && type.GetGenericArguments()[0] == typeof(string)
            ? type.GetGenericArguments()[1]
            : null;
}
