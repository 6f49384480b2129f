using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Calls a codec through its type arguments. Generated models and enums implement their codec interfaces
/// explicitly (so <c>Read</c> and <c>Write</c> never clash with property names), which makes this the way to reach them.
/// </summary>
public static class JsonCodec
{
    /// <summary>Reads a <typeparamref name="T"/> with <typeparamref name="TCodec"/>.</summary>
    public static T Read<T, TCodec>(ref Utf8JsonReader reader)
        where TCodec : IJsonCodec<T> => TCodec.Read(ref reader);

    /// <summary>Writes a <typeparamref name="T"/> with <typeparamref name="TCodec"/>.</summary>
    public static void Write<T, TCodec>(Utf8JsonWriter writer, T value)
        where TCodec : IJsonCodec<T> => TCodec.Write(writer, value);
}
