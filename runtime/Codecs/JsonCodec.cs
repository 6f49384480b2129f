using System;
using System.Buffers;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Parses and serializes generated models, enums and unions in their wire form, without reflection: pass the
/// type's <c>Codec</c> (<c>JsonCodec.Parse(json, Conference.Codec)</c>), for webhook and callback payloads the API
/// sends to you, or any JSON in the model's wire form.
/// </summary>
public static class JsonCodec
{
    /// <summary>Reads a value from UTF-8 JSON.</summary>
    public static T Parse<T>(ReadOnlySpan<byte> utf8Json, JsonCodec<T> codec) =>
        ReadWhole(utf8Json, codec ?? throw new ArgumentNullException(nameof(codec)), "There is more content after the JSON value.");

    /// <summary>Reads a value from JSON text.</summary>
    public static T Parse<T>(string json, JsonCodec<T> codec) => Parse(System.Text.Encoding.UTF8.GetBytes(json), codec);

    /// <summary>Writes a value as JSON text in its wire form.</summary>
    public static string Serialize<T>(T value, JsonCodec<T> codec) => UrlEncoding.JsonText.Of(value, codec);

    /// <summary>Reads one value that must be the whole of <paramref name="utf8Json"/>; <paramref name="moreContent"/> is the error when it is not.</summary>
    internal static T ReadWhole<T>(ReadOnlySpan<byte> utf8Json, JsonCodec<T> codec, string moreContent)
    {
        var reader = new Utf8JsonReader(utf8Json);
        reader.Read();
        var value = codec.Read(ref reader);
        if (reader.Read())
        {
            throw new JsonException(moreContent);
        }

        return value;
    }

    /// <summary>The UTF-8 JSON of a value.</summary>
    internal static ArrayBufferWriter<byte> Utf8<T>(T value, JsonCodec<T> codec, int initialCapacity = 256)
    {
        var buffer = new ArrayBufferWriter<byte>(initialCapacity);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            codec.Write(writer, value);
        }

        return buffer;
    }
}
