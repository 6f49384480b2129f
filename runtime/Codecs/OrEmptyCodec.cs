using System;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// An object, list or map that the spec also allows as the empty string (<c>anyOf: [X, {enum: [""]}]</c>, Stripe's
/// way to clear a field): the value's empty form (a model with no property set, an empty list or map) is written as
/// <c>""</c>, and <c>""</c> is read as it. Any other value is read and written as <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The model, list or map.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class OrEmptyCodec<T> : JsonCodec<T>, IOrEmptyCodec
    where T : class
{
    private readonly JsonCodec<T> _value;
    private readonly IEmptyValues<T> _empty;

    /// <summary>The codec of a value that may be sent as <c>""</c>.</summary>
    /// <param name="value">The codec of a model, a list or a map.</param>
    public OrEmptyCodec(JsonCodec<T> value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
        _empty = value as IEmptyValues<T> ?? throw new ArgumentException("Only a model's, a list's or a map's codec has an empty value.", nameof(value));
    }

    internal override Codec? Items => _value.Items;

    internal override bool AcceptsKind(JsonValueKind kind) => kind == JsonValueKind.String || _value.AcceptsKind(kind);

    internal override bool Fits(JsonElement json) => IsEmptyString(json) || _value.Fits(json);

    internal override bool Declares(JsonElement json) => IsEmptyString(json) || _value.Declares(json);

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && (reader.HasValueSequence ? reader.ValueSequence.IsEmpty : reader.ValueSpan.IsEmpty)
            ? _empty.Empty()
            : _value.Read(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value)
    {
        if (_empty.IsEmpty(value))
        {
            writer.WriteStringValue(string.Empty);
        }
        else
        {
            _value.Write(writer, value);
        }
    }

    bool IOrEmptyCodec.IsEmpty(object value) => _empty.IsEmpty((T)value);

    private static bool IsEmptyString(JsonElement json) => json.ValueKind == JsonValueKind.String && json.ValueEquals(string.Empty);
}

/// <summary>A codec whose empty value is sent as <c>""</c>: a form field or part says it as an empty value too.</summary>
internal interface IOrEmptyCodec
{
    bool IsEmpty(object value);
}

/// <summary>The codecs of values that have an empty form: models, lists and maps.</summary>
internal interface IEmptyValues<T>
{
    /// <summary>A new empty value.</summary>
    T Empty();

    /// <summary>Whether <paramref name="value"/> holds nothing.</summary>
    bool IsEmpty(T value);
}
