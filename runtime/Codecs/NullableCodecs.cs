using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// A value type that may be JSON <c>null</c>. A string that does not match the declared format also reads as
/// null: servers and vendor examples put placeholders such as <c>"string"</c> into date fields, and an
/// optional field should not fail a whole reply. Objects and arrays are never skipped this way.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <typeparam name="TCodec">The codec of a non-null value.</typeparam>
public readonly struct NullableCodec<T, TCodec> : IJsonCodec<T?>
    where T : struct
    where TCodec : IJsonCodec<T>
{
    /// <inheritdoc />
    public static T? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return TCodec.Read(ref reader);
        }

        try
        {
            return TCodec.Read(ref reader);
        }
        catch (ValueFormatException)
        {
            return null;
        }
    }

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

/// <summary>A reference type that may be JSON <c>null</c>; tolerant of mis-formatted strings like <see cref="NullableCodec{T, TCodec}"/>.</summary>
/// <typeparam name="T">The reference type.</typeparam>
/// <typeparam name="TCodec">The codec of a non-null value.</typeparam>
public readonly struct NullableClassCodec<T, TCodec> : IJsonCodec<T?>
    where T : class
    where TCodec : IJsonCodec<T>
{
    /// <inheritdoc />
    public static T? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return TCodec.Read(ref reader);
        }

        try
        {
            return TCodec.Read(ref reader);
        }
        catch (ValueFormatException)
        {
            return null;
        }
    }

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
