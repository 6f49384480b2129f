using System;
using System.IO;
using System.Text.Json;
using ConferenceGen.Runtime.Http;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// <c>format: binary</c> inside JSON, which has no bytes of its own: written and read as base64 (the only lossless
/// choice). In multipart bodies the same field is a file part instead.
/// </summary>
public readonly struct FilePartCodec : IJsonCodec<FilePart>
{
    /// <inheritdoc />
    public static FilePart Read(ref Utf8JsonReader reader) => new(new MemoryStream(Base64Codec.Read(ref reader), writable: false));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, FilePart value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var copy = new MemoryStream();
        value.Content.CopyTo(copy);
        writer.WriteBase64StringValue(copy.ToArray());
    }
}
