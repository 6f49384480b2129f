using System;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Lets <see cref="JsonSerializer"/> read and write a generated type through its own codec, so models work inside
/// the user's own serialized types too. Every generated model, enum and union names this one converter in its
/// <c>[JsonConverter]</c> attribute, and it finds the type's codec itself: no type declares a converter of its own.
/// </summary>
/// <typeparam name="T">The generated type, with its codec in a public static field named <c>Codec</c>.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed partial class JsonCodecConverter<T> : JsonConverter<T>
{
    private readonly JsonCodec<T> _codec;

    /// <summary>A converter that reads and writes with <typeparamref name="T"/>'s codec.</summary>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> has no codec: ConferenceGen did not generate it.</exception>
    public JsonCodecConverter() => _codec = CodecOfT();

    /// <inheritdoc />
    public override bool HandleNull => false;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _codec.Read(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _codec.Write(writer, value);

    // The type's own static Codec field (reading it runs the static initialiser that builds it), looked up once per
    // converter, and System.Text.Json builds one converter per type and options. The net8.0 build annotates T so that
    // trimming and AOT keep the field (JsonCodecConverter.net8.cs).
    private static JsonCodec<T> CodecOfT() =>
        typeof(T).GetField("Codec", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as JsonCodec<T>
        ?? throw new InvalidOperationException(
            typeof(T).FullName + " has no codec, so JsonCodecConverter cannot read or write it: it converts the models, enums and unions ConferenceGen generates, whose codec is their public static Codec field.");
}
