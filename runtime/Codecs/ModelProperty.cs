using System;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>One property of a model as its codec sees it: the wire name, the codec of a present value, and its rules.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class ModelProperty
{
    /// <param name="name">The JSON and form name.</param>
    /// <param name="codec">The codec of a present (non-null) value.</param>
    /// <param name="required">Required in the schema: always written, and a reply without it is an error.</param>
    /// <param name="nullable">The schema allows null: a property set to null is written as null.</param>
    /// <param name="fixedValue">
    /// The one value the schema allows, which the type fixes (a union alternative's discriminator): written when no
    /// other was read, and never missing from a reply.
    /// </param>
    public ModelProperty(string name, Codec codec, bool required = false, bool nullable = false, object? fixedValue = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Codec = codec ?? throw new ArgumentNullException(nameof(codec));
        Required = required;
        Nullable = nullable;
        Fixed = fixedValue;
        Utf8Name = System.Text.Encoding.UTF8.GetBytes(name);
        EncodedName = TryEncode(name);
    }

    internal string Name { get; }

    internal Codec Codec { get; }

    internal bool Required { get; }

    internal bool Nullable { get; }

    /// <summary>The value the type fixes, or null.</summary>
    internal object? Fixed { get; }

    internal byte[] Utf8Name { get; }

    internal JsonEncodedText? EncodedName { get; }

    /// <summary>
    /// Whether a JSON null, or a string the codec cannot read, is read as null rather than refused; a fixed
    /// property then has its fixed value.
    /// </summary>
    internal bool ReadsNull => !Required || Nullable || Fixed is not null;

    /// <summary>Whether a present value has the property's shape: its codec's, and the fixed value when there is one.</summary>
    internal bool Fits(JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            // Servers send null for optional properties they have no value for; a required one must allow it.
            return !Required || Nullable;
        }

        if (Fixed is null)
        {
            return Codec.Fits(json);
        }

        return Codec.TryRead(json, out var value) && Fixed.Equals(value);
    }

    internal void WriteName(Utf8JsonWriter writer)
    {
        if (EncodedName is { } encoded)
        {
            writer.WritePropertyName(encoded);
        }
        else
        {
            writer.WritePropertyName(Name);
        }
    }

    /// <summary>
    /// Reads the value into what the model's slot holds: the value, <see cref="ApiModel.SetToNull"/>, or for a
    /// required string whose text the codec refuses, an <see cref="UnreadValue"/> (one odd value never fails a reply).
    /// </summary>
    internal object Read(ref Utf8JsonReader reader, string model)
    {
        if (ReadsNull)
        {
            return Codec.ReadNullableObject(ref reader) ?? ApiModel.SetToNull;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return Codec.ReadObject(ref reader) ?? ApiModel.SetToNull;
        }

        try
        {
            return Codec.ReadObject(ref reader) ?? ApiModel.SetToNull;
        }
        catch (ValueFormatException refused)
        {
            // A string token is one token: the reader is where the codec found it, so reading goes on from here.
            return new UnreadValue(model, Name, reader.GetString()!, refused.Message);
        }
    }

    // Names that UTF-16 holds but UTF-8 cannot (a lone surrogate) are written as given.
    private static JsonEncodedText? TryEncode(string name)
    {
        try
        {
            return JsonEncodedText.Encode(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
