using System.Buffers;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using ConferenceGen.Runtime.Codecs;
using ConferenceGen.Runtime.UrlEncoding;

namespace ConferenceGen.Runtime.Http;

/// <summary>Request bodies in the media types a spec declares, with exactly that <c>Content-Type</c>.</summary>
public static class RequestBody
{
    /// <summary>The media type of form bodies.</summary>
    public const string FormMediaType = "application/x-www-form-urlencoded";

    /// <summary>The media type of JSON bodies.</summary>
    public const string JsonMediaType = "application/json";

    /// <summary>A form body with the fields of <paramref name="value"/> that were set.</summary>
    public static HttpContent Form<T>(T value, string mediaType = FormMediaType)
        where T : IFormCodec<T>
    {
        var form = new FormWriter();
        T.WriteForm(form, value);
        return Bytes(System.Text.Encoding.UTF8.GetBytes(form.ToString()), mediaType);
    }

    /// <summary>A JSON body.</summary>
    public static HttpContent Json<T, TCodec>(T value, string mediaType = JsonMediaType)
        where TCodec : IJsonCodec<T>
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TCodec.Write(writer, value);
        }

        return Bytes(buffer.WrittenSpan.ToArray(), mediaType);
    }

    private static ByteArrayContent Bytes(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);

        // No charset parameter: the vendors document the bare media type, and both types are UTF-8 by definition.
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
