using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Reads and writes a generated model from its table of properties, with one loop shared by every model: the
/// generated code is data (names, codecs, rules), not a statement per property and direction.
/// </summary>
/// <typeparam name="T">The model.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class ModelCodec<T> : JsonCodec<T>, Webhooks.IFormModelCodec, IEmptyValues<T>
    where T : ApiModel
{
    private readonly string _name;
    private readonly Func<T> _create;
    private readonly Func<ModelProperty[]> _describe;
    private ModelProperty[]? _properties;

    /// <param name="name">The model's name, for errors.</param>
    /// <param name="create">A new instance, for reading (required properties are checked after reading).</param>
    /// <param name="properties">
    /// The properties in slot order. A function, called on first use: models refer to each other (and to themselves),
    /// so their codecs can only be looked at once every model's codec exists.
    /// </param>
    /// <param name="additionalProperties">Keeps the properties the schema does not declare, when it gives them a schema.</param>
    public ModelCodec(string name, Func<T> create, Func<ModelProperty[]> properties, AdditionalProperties? additionalProperties = null)
    {
        _name = name;
        _create = create ?? throw new ArgumentNullException(nameof(create));
        _describe = properties ?? throw new ArgumentNullException(nameof(properties));
        Additional = additionalProperties;
    }

    internal ModelProperty[] Properties => _properties ??= _describe();

    internal AdditionalProperties? Additional { get; }

    // Empty: no property set, not even to null (a property set to null is sent as null).
    T IEmptyValues<T>.Empty()
    {
        var value = _create();
        Array.Clear(value.Slots, 0, value.Slots.Length);
        return value;
    }

    bool IEmptyValues<T>.IsEmpty(T value) => Array.TrueForAll(value.Slots, slot => slot is null);

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader)
    {
        JsonRead.BeginObject(ref reader, _name);
        var properties = Properties;
        var value = _create();
        var slots = value.Slots;

        // The reading constructor satisfies `required` with defaults; what counts is what the JSON holds.
        Array.Clear(slots, 0, slots.Length);
        var expected = 0;
        while (JsonRead.NextProperty(ref reader))
        {
            var index = IndexOf(properties, ref reader, expected);
            expected = index >= 0 ? index + 1 : expected;
            var undeclared = index < 0 && Additional is not null ? reader.GetString()! : null;
            reader.Read();
            if (index >= 0)
            {
                slots[index] = properties[index].Read(ref reader, _name);
            }
            else if (undeclared is not null)
            {
                Additional!.Read(slots, properties.Length, undeclared, ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        for (var i = 0; i < properties.Length; i++)
        {
            if (properties[i].Required && slots[i] is null && properties[i].Fixed is null)
            {
                throw JsonRead.MissingProperty(_name, properties[i].Name);
            }
        }

        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value)
    {
        writer.WriteStartObject();
        var properties = Properties;
        var slots = value.Slots;
        for (var i = 0; i < properties.Length; i++)
        {
            var property = properties[i];
            var slot = slots[i];
            var isNull = slot is null || ReferenceEquals(slot, ApiModel.SetToNull);
            if (slot is UnreadValue unread)
            {
                property.WriteName(writer);
                writer.WriteStringValue(unread.Text);
            }
            else if (!isNull)
            {
                property.WriteName(writer);
                property.Codec.WriteObject(writer, slot);
            }
            else if (property.Fixed is { } fixedValue)
            {
                // What the type fixes is sent though nobody set it.
                property.WriteName(writer);
                property.Codec.WriteObject(writer, fixedValue);
            }
            else if (property.Required || (slot is not null && property.Nullable))
            {
                // Required properties are always written; optional ones set to null only where null is a value.
                property.WriteName(writer);
                writer.WriteNullValue();
            }
        }

        Additional?.Write(slots, properties.Length, writer);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Reads a model from form fields (a webhook's <c>application/x-www-form-urlencoded</c> body, or a GET callback's
    /// query): a text property from its field (the first, if repeated), a list of text values from every field of its
    /// name, any other property from the JSON text its field holds (how forms carry nesting). Fields the model does not
    /// declare are left out; a required property without its field, or a value its type cannot hold, throws.
    /// </summary>
    internal T ReadForm(IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var properties = Properties;
        var value = _create();
        var slots = value.Slots;
        Array.Clear(slots, 0, slots.Length);
        for (var i = 0; i < properties.Length; i++)
        {
            var property = properties[i];
            var texts = new List<string>();
            foreach (var field in fields)
            {
                if (string.Equals(field.Key, property.Name, StringComparison.Ordinal))
                {
                    texts.Add(field.Value);
                }
            }

            if (texts.Count == 0)
            {
                if (property.Required)
                {
                    throw new ValueFormatException(_name + ": the required field '" + property.Name + "' is missing.", null);
                }

                continue;
            }

            try
            {
                slots[i] = property.Codec.IsText ? property.Codec.ParseObject(texts[0])
                    : property.Codec.Items is { IsText: true } ? property.Codec.ParseEach(texts)
                    : ReadJsonText(property.Codec, texts[0]);
            }
            catch (Exception e) when (e is FormatException or JsonException or OverflowException or ArgumentException)
            {
                throw new ValueFormatException(_name + ": the field '" + property.Name + "' cannot be read as its documented type: " + e.Message, e);
            }
        }

        return value;
    }

    object Webhooks.IFormModelCodec.ReadForm(IReadOnlyList<KeyValuePair<string, string>> fields) => ReadForm(fields);

    private static object? ReadJsonText(Codec codec, string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        return codec.ReadObject(ref reader);
    }

    internal override bool AcceptsKind(JsonValueKind kind) => kind == JsonValueKind.Object;

    /// <summary>
    /// An object with every required property, each declared property that is present of its codec's shape (and
    /// its fixed value), and undeclared ones of the additional properties' shape when the schema gives one.
    /// </summary>
    internal override bool Fits(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var properties = Properties;
        var present = new bool[properties.Length];
        foreach (var member in json.EnumerateObject())
        {
            var index = IndexOf(properties, member.Name);
            if (index >= 0)
            {
                if (!properties[index].Fits(member.Value))
                {
                    return false;
                }

                present[index] = true;
            }
            else if (Additional is not null && !Additional.Fits(member.Value))
            {
                return false;
            }
        }

        for (var i = 0; i < properties.Length; i++)
        {
            if (properties[i].Required && !present[i])
            {
                return false;
            }
        }

        return true;
    }

    internal override bool Declares(JsonElement json)
    {
        if (Additional is not null || json.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var properties = Properties;
        foreach (var member in json.EnumerateObject())
        {
            if (IndexOf(properties, member.Name) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The properties to send in a form or multipart body: the set ones that are not null, and the fixed ones, in order.</summary>
    internal IEnumerable<(ModelProperty Property, object Value)> Fields(T value)
    {
        var properties = Properties;
        var slots = value.Slots;
        for (var i = 0; i < properties.Length; i++)
        {
            if (slots[i] is { } slot && !ReferenceEquals(slot, ApiModel.SetToNull))
            {
                yield return (properties[i], slot);
            }
            else if (properties[i].Fixed is { } fixedValue)
            {
                yield return (properties[i], fixedValue);
            }
        }
    }

    private static int IndexOf(ModelProperty[] properties, string name)
    {
        for (var i = 0; i < properties.Length; i++)
        {
            if (string.Equals(properties[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // The reader is on a property name. Servers write members in a fixed order, mostly the spec's, so the scan starts
    // after the last member found and wraps: a reply in the table's order costs one comparison per member.
    private static int IndexOf(ModelProperty[] properties, ref Utf8JsonReader reader, int expected)
    {
        for (var i = expected; i < properties.Length; i++)
        {
            if (reader.ValueTextEquals(properties[i].Utf8Name))
            {
                return i;
            }
        }

        for (var i = 0; i < expected && i < properties.Length; i++)
        {
            if (reader.ValueTextEquals(properties[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }
}
