using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>A value type that may be JSON <c>null</c>.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <typeparam name="TCodec">The codec of a non-null value.</typeparam>
public readonly struct NullableCodec<T, TCodec> : IJsonCodec<T?>
    where T : struct
    where TCodec : IJsonCodec<T>
{
    /// <inheritdoc />
    public static T? Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : TCodec.Read(ref reader);

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, T? value)
    {
        if (value is { } present)
        {
            TCodec.Write(writer, present);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>A reference type that may be JSON <c>null</c>.</summary>
/// <typeparam name="T">The reference type.</typeparam>
/// <typeparam name="TCodec">The codec of a non-null value.</typeparam>
public readonly struct NullableClassCodec<T, TCodec> : IJsonCodec<T?>
    where T : class
    where TCodec : IJsonCodec<T>
{
    /// <inheritdoc />
    public static T? Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : TCodec.Read(ref reader);

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, T? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            TCodec.Write(writer, value);
        }
    }
}
