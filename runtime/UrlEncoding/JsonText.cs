using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>A value's JSON as a string, for structured values in places that only carry text.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class JsonText
{
    /// <summary>The JSON text of <paramref name="value"/>.</summary>
    public static string Of<T>(T value, JsonCodec<T> codec) => System.Text.Encoding.UTF8.GetString(JsonCodec.Utf8(value, codec, 128).WrittenSpan);

    /// <summary>The JSON text of a value held as an object.</summary>
    internal static string Of(Codec codec, object value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            codec.WriteObject(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
