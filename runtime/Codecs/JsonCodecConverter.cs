using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Lets <see cref="JsonSerializer"/> read and write a generated type through its own codec, so models work inside
/// the user's own serialized types too. Each generated type derives a converter from this with its codec.
/// </summary>
/// <typeparam name="T">The generated type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public abstract class JsonCodecConverter<T> : JsonConverter<T>
{
    private readonly JsonCodec<T> _codec;

    /// <summary>A converter that reads and writes with <paramref name="codec"/>.</summary>
    protected JsonCodecConverter(JsonCodec<T> codec) => _codec = codec;

    /// <inheritdoc />
    public override bool HandleNull => false;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _codec.Read(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _codec.Write(writer, value);
}
