using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>A struct that may be null: JSON null is null, and a string the value's codec cannot read is null too.</summary>
/// <typeparam name="T">The struct.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class NullableCodec<T> : JsonCodec<T?>
    where T : struct
{
    private readonly JsonCodec<T> _value;

    /// <summary>Wraps the codec of present values.</summary>
    public NullableCodec(JsonCodec<T> value) => _value = value;

    internal override bool AcceptsKind(JsonValueKind kind) => kind == JsonValueKind.Null || _value.AcceptsKind(kind);

    internal override bool Fits(JsonElement json) => json.ValueKind == JsonValueKind.Null || _value.Fits(json);

    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader) => NullableJson.TryRead(ref reader, _value, out var value) ? value : null;

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T? value) => NullableJson.Write(writer, value.HasValue, value.GetValueOrDefault(), _value);
}

/// <summary>A reference type that may be null, read as <see cref="NullableCodec{T}"/> reads structs.</summary>
/// <typeparam name="T">The class.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class NullableClassCodec<T> : JsonCodec<T?>
    where T : class
{
    private readonly JsonCodec<T> _value;

    /// <summary>Wraps the codec of present values.</summary>
    public NullableClassCodec(JsonCodec<T> value) => _value = value;

    internal override bool AcceptsKind(JsonValueKind kind) => kind == JsonValueKind.Null || _value.AcceptsKind(kind);

    internal override bool Fits(JsonElement json) => json.ValueKind == JsonValueKind.Null || _value.Fits(json);

    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader) => NullableJson.TryRead(ref reader, _value, out var value) ? value : null;

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T? value) => NullableJson.Write(writer, value is not null, value!, _value);
}

/// <summary>
/// What both nullable codecs do. A string that is not what the value's codec reads (an empty or odd date, say) is
/// null rather than a failed reply: one odd optional value must not cost the caller the whole response.
/// </summary>
internal static class NullableJson
{
    public static bool TryRead<T>(ref Utf8JsonReader reader, JsonCodec<T> codec, out T value)
    {
        value = default!;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            value = codec.Read(ref reader);
            return true;
        }

        try
        {
            value = codec.Read(ref reader);
            return true;
        }
        catch (ValueFormatException)
        {
            return false;
        }
    }

    public static void Write<T>(Utf8JsonWriter writer, bool hasValue, T value, JsonCodec<T> codec)
    {
        if (hasValue)
        {
            codec.Write(writer, value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
