using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>JSON string; <c>type: string</c>. A number or boolean sent where a string is declared reads as its text.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct StringCodec : IJsonCodec<string>, ITextCodec<string>
{
    /// <inheritdoc />
    public static string Read(ref Utf8JsonReader reader) => ScalarText.Of(ref reader, "a string");

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    /// <inheritdoc />
    public static string Format(string value) => value;

    /// <inheritdoc />
    public static string Parse(string text) => text;
}
