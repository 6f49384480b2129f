using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// A value type that may be JSON <c>null</c>. A string that does not match the declared format also reads as
/// null: servers and vendor examples put placeholders such as <c>"string"</c> into date fields, and an
/// optional field should not fail a whole reply. Objects and arrays are never skipped this way.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <typeparam name="TCodec">The codec of a non-null value.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct NullableCodec<T, TCodec> : IJsonCodec<T?>
    where T : struct
    where TCodec : IJsonCodec<T>
{
    /// <inheritdoc />
    public static T? Read(ref Utf8JsonReader reader) => NullableJson.TryRead<T, TCodec>(ref reader, out var value) ? value : null;

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, T? value) => NullableJson.Write<T, TCodec>(writer, value.HasValue, value.GetValueOrDefault());
}

/// <summary>A reference type that may be JSON <c>null</c>; tolerant of mis-formatted strings like <see cref="NullableCodec{T, TCodec}"/>.</summary>
/// <typeparam name="T">The reference type.</typeparam>
/// <typeparam name="TCodec">The codec of a non-null value.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct NullableClassCodec<T, TCodec> : IJsonCodec<T?>
    where T : class
    where TCodec : IJsonCodec<T>
{
    /// <inheritdoc />
    public static T? Read(ref Utf8JsonReader reader) => NullableJson.TryRead<T, TCodec>(ref reader, out var value) ? value : null;

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, T? value) => NullableJson.Write<T, TCodec>(writer, value is not null, value!);
}

/// <summary>The reading and writing both nullable codecs do, for value and reference types alike.</summary>
internal static class NullableJson
{
    /// <summary>Reads a value; false for <c>null</c> and for a string that does not match the declared format.</summary>
    public static bool TryRead<T, TCodec>(ref Utf8JsonReader reader, out T value)
        where TCodec : IJsonCodec<T>
    {
        value = default!;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            value = TCodec.Read(ref reader);
            return true;
        }

        try
        {
            value = TCodec.Read(ref reader);
            return true;
        }
        catch (ValueFormatException)
        {
            return false;
        }
    }

    /// <summary>Writes <paramref name="value"/> when there is one, otherwise <c>null</c>.</summary>
    public static void Write<T, TCodec>(Utf8JsonWriter writer, bool hasValue, T value)
        where TCodec : IJsonCodec<T>
    {
        if (hasValue)
        {
            TCodec.Write(writer, value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
