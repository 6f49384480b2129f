using System;
using System.IO;
using System.Text.Json;
using ConferenceGen.Runtime.Http;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>Base64 bytes; <c>type: string, format: byte</c>.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class Base64Codec : TextCodec<byte[]>
{
    /// <summary>The one instance.</summary>
    public static readonly Base64Codec Instance = new();
    /// <inheritdoc />
    public override byte[] Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetBytesFromBase64(out var value) ? value : Parse(ScalarText.Of(ref reader, "base64 text"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, byte[] value) => writer.WriteBase64StringValue(value);

    /// <inheritdoc />
    public override string Format(byte[] value) => Convert.ToBase64String(value);

    /// <inheritdoc />
    public override byte[] Parse(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException e)
        {
            throw JsonRead.Invalid("base64 text", text, e);
        }
    }
}

/// <summary>
/// <c>format: binary</c> inside JSON, which has no bytes of its own: written and read as base64 (the only lossless
/// choice). In multipart bodies the same field is a file part instead.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class FilePartCodec : JsonCodec<FilePart>
{
    /// <summary>The one instance.</summary>
    public static readonly FilePartCodec Instance = new();
    /// <inheritdoc />
    public override FilePart Read(ref Utf8JsonReader reader) => new(new MemoryStream(Base64Codec.Instance.Read(ref reader), writable: false));

    internal override bool AcceptsKind(JsonValueKind kind) => kind == JsonValueKind.String;

    internal override bool Fits(JsonElement json) => Base64Codec.Instance.Fits(json);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FilePart value)
    {
        Guard.NotNull(value);
        using var copy = new MemoryStream();
        value.Content.CopyTo(copy);
        writer.WriteBase64StringValue(copy.ToArray());
    }
}
