using System;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Calls a codec through its type arguments. Generated models and enums implement their codec interfaces
/// explicitly (so <c>Read</c> and <c>Write</c> never clash with property names), which makes this the way to reach them.
/// </summary>
public static class JsonCodec
{
    /// <summary>Reads a <typeparamref name="T"/> with <typeparamref name="TCodec"/>.</summary>
    public static T Read<T, TCodec>(ref Utf8JsonReader reader)
        where TCodec : IJsonCodec<T> => TCodec.Read(ref reader);

    /// <summary>
    /// Reads a generated model from UTF-8 JSON, without reflection: for webhook and callback payloads the API
    /// sends to you, or any JSON in the model's wire form.
    /// </summary>
    public static T Parse<T>(ReadOnlySpan<byte> utf8Json)
        where T : IJsonCodec<T>
    {
        var reader = new Utf8JsonReader(utf8Json);
        reader.Read();
        var value = T.Read(ref reader);
        if (reader.Read())
        {
            throw new JsonException("There is more content after the JSON value.");
        }

        return value;
    }

    /// <summary>Reads a generated model from JSON text.</summary>
    public static T Parse<T>(string json)
        where T : IJsonCodec<T> => Parse<T>(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Writes a generated model as JSON text in its wire form.</summary>
    public static string Serialize<T>(T value)
        where T : IJsonCodec<T> => UrlEncoding.JsonText.Of<T, T>(value);

    /// <summary>Writes a <typeparamref name="T"/> with <typeparamref name="TCodec"/>.</summary>
    public static void Write<T, TCodec>(Utf8JsonWriter writer, T value)
        where TCodec : IJsonCodec<T> => TCodec.Write(writer, value);
}
