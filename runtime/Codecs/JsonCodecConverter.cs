using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Lets <see cref="JsonSerializer"/> use a generated codec, so a model serialised by user code has the same
/// wire form as one the client sends. Generated types name it in their <see cref="JsonConverterAttribute"/>.
/// </summary>
/// <typeparam name="T">The type.</typeparam>
/// <typeparam name="TCodec">Its codec.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class JsonCodecConverter<T, TCodec> : JsonConverter<T>
    where TCodec : IJsonCodec<T>
{
    /// <inheritdoc />
    public override bool HandleNull => false;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TCodec.Read(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => TCodec.Write(writer, value);
}
