using System;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// The base of generated <c>oneOf</c> / <c>anyOf</c> types. A value read from JSON keeps that JSON, and each
/// <c>AsX()</c> method reads it as one of the alternatives on demand: by the discriminator when the spec
/// names one, otherwise by trying. A value created from an alternative is written as that alternative.
/// </summary>
public abstract class JsonUnion
{
    private readonly JsonElement _json;
    private readonly object? _value;
    private readonly int _variant;

    // The protected members are what generated unions are made of: hidden, so that a union shows its AsX() methods,
    // Json and Discriminator.
    /// <summary>A value read from JSON.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected JsonUnion(JsonElement json)
    {
        _json = json;
        _variant = -1;
    }

    /// <summary>A value created from alternative number <paramref name="variant"/>.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected JsonUnion(object value, int variant)
    {
        Guard.NotNull(value);
        _value = value;
        _variant = variant;
    }

    /// <summary>The JSON the value was read from; null when it was created from an alternative.</summary>
    public JsonElement? Json => _variant < 0 ? _json : null;

    /// <summary>The value of the discriminator property in the JSON, when the spec names one.</summary>
    public string? Discriminator =>
        DiscriminatorProperty is { } name && _variant < 0 && _json.ValueKind == JsonValueKind.Object && _json.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;

    /// <summary>The alternative this value was created from (its index), or -1 when it was read from JSON.</summary>
    internal int Variant => _variant;

    /// <summary>The alternative this value was created from.</summary>
    internal object? Value => _value;

    /// <summary>The discriminator property the spec names, if any.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected virtual string? DiscriminatorProperty => null;

    /// <summary>The value as a reference-type alternative, or null when it is another one.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected T? AsClass<T>(int variant, JsonCodec<T> codec, params string[] discriminatorValues)
        where T : class => TryAs(variant, codec, discriminatorValues, out var value) ? value : null;

    /// <summary>The value as a value-type alternative, or null when it is another one.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected T? AsStruct<T>(int variant, JsonCodec<T> codec, params string[] discriminatorValues)
        where T : struct => TryAs(variant, codec, discriminatorValues, out var value) ? value : null;

    internal void WriteTo(Utf8JsonWriter writer) => _json.WriteTo(writer);

    // A value created from an alternative is that alternative only; one read from JSON is tried when the discriminator allows it.
    private bool TryAs<T>(int variant, JsonCodec<T> codec, string[] discriminatorValues, out T value)
    {
        if (_variant >= 0)
        {
            value = _variant == variant ? (T)_value! : default!;
            return _variant == variant;
        }

        value = default!;
        return Matches(discriminatorValues) && TryRead(codec, out value);
    }

    private bool Matches(string[] discriminatorValues)
    {
        if (discriminatorValues.Length == 0 || DiscriminatorProperty is null)
        {
            return true;
        }

        var actual = Discriminator;
        return actual is not null && Array.IndexOf(discriminatorValues, actual) >= 0;
    }

    private bool TryRead<T>(JsonCodec<T> codec, out T value)
    {
        var json = JsonCodec.Utf8(_json, JsonElementCodec.Instance);
        try
        {
            value = JsonCodec.ReadWhole(json.WrittenSpan, codec, "There is more content after the JSON value.");
            return true;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            value = default!;
            return false;
        }
    }
}
