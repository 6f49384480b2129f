using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>JSON string; <c>type: string</c>. A number or boolean sent where a string is declared reads as its text.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class StringCodec : TextCodec<string>
{
    /// <summary>The one instance.</summary>
    public static readonly StringCodec Instance = new();
    /// <inheritdoc />
    public override string Read(ref Utf8JsonReader reader) => ScalarText.Of(ref reader, "a string");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    /// <inheritdoc />
    public override string Format(string value) => value;

    /// <inheritdoc />
    public override string Parse(string text) => text;
}
