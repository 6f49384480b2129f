using System;
using System.Buffers;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Parses and serializes generated models and enums in their wire form, without reflection. Generated types implement
/// their codec interfaces explicitly (so <c>Read</c> and <c>Write</c> never clash with property names), which also
/// makes this the way generated code reaches a codec.
/// </summary>
public static class JsonCodec
{
    // Read and Write are for generated code (hidden); Parse and Serialize are for users.
    /// <summary>Reads a <typeparamref name="T"/> with <typeparamref name="TCodec"/>; for generated code.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static T Read<T, TCodec>(ref Utf8JsonReader reader)
        where TCodec : IJsonCodec<T> => TCodec.Read(ref reader);

    /// <summary>
    /// Reads a generated model from UTF-8 JSON, without reflection: for webhook and callback payloads the API
    /// sends to you, or any JSON in the model's wire form.
    /// </summary>
    public static T Parse<T>(ReadOnlySpan<byte> utf8Json)
        where T : IJsonCodec<T> => ReadWhole<T, T>(utf8Json, "There is more content after the JSON value.");

    /// <summary>Reads a generated model from JSON text.</summary>
    public static T Parse<T>(string json)
        where T : IJsonCodec<T> => Parse<T>(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Writes a generated model as JSON text in its wire form.</summary>
    public static string Serialize<T>(T value)
        where T : IJsonCodec<T> => UrlEncoding.JsonText.Of<T, T>(value);

    /// <summary>Writes a <typeparamref name="T"/> with <typeparamref name="TCodec"/>; for generated code.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static void Write<T, TCodec>(Utf8JsonWriter writer, T value)
        where TCodec : IJsonCodec<T> => TCodec.Write(writer, value);

    /// <summary>Reads one value that must be the whole of <paramref name="utf8Json"/>; <paramref name="moreContent"/> is the error when it is not.</summary>
    internal static T ReadWhole<T, TCodec>(ReadOnlySpan<byte> utf8Json, string moreContent)
        where TCodec : IJsonCodec<T>
    {
        var reader = new Utf8JsonReader(utf8Json);
        reader.Read();
        var value = TCodec.Read(ref reader);
        if (reader.Read())
        {
            throw new JsonException(moreContent);
        }

        return value;
    }

    /// <summary>The UTF-8 JSON of a value.</summary>
    internal static ArrayBufferWriter<byte> Utf8<T, TCodec>(T value, int initialCapacity = 256)
        where TCodec : IJsonCodec<T>
    {
        var buffer = new ArrayBufferWriter<byte>(initialCapacity);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TCodec.Write(writer, value);
        }

        return buffer;
    }
}
