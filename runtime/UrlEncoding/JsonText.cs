using System.Buffers;
using System.Text.Json;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>A value's JSON as a string, for structured values in places that only carry text.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class JsonText
{
    /// <summary>The JSON text of <paramref name="value"/>.</summary>
    public static string Of<T>(T value, JsonCodec<T> codec) => System.Text.Encoding.UTF8.GetString(JsonCodec.Utf8(value, codec, 128).WrittenSpan);

    /// <summary>The JSON text of a value held as an object.</summary>
    internal static string Of(Codec codec, object value) => System.Text.Encoding.UTF8.GetString(Utf8(codec, value).WrittenSpan);

    /// <summary>The JSON of <paramref name="value"/> as a document, to walk its members.</summary>
    internal static JsonDocument Document<T>(T value, JsonCodec<T> codec) => JsonDocument.Parse(JsonCodec.Utf8(value, codec, 128).WrittenMemory);

    /// <summary>The JSON of a value held as an object, as a document.</summary>
    internal static JsonDocument Document(Codec codec, object value) => JsonDocument.Parse(Utf8(codec, value).WrittenMemory);

    private static ArrayBufferWriter<byte> Utf8(Codec codec, object value)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            codec.WriteObject(writer, value);
        }

        return buffer;
    }
}
