using System.Buffers;
using System.Text.Json;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>A value's JSON as a string, for structured values in places that only carry text.</summary>
public static class JsonText
{
    /// <summary>The JSON text of <paramref name="value"/>.</summary>
    public static string Of<T, TCodec>(T value)
        where TCodec : IJsonCodec<T>
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TCodec.Write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
