using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

// Servers send numbers and booleans where a string is declared: a client should not fail on what it can read exactly.

/// <summary>JSON string; <c>type: string</c>.</summary>
public readonly struct StringCodec : IJsonCodec<string>, ITextCodec<string>
{
    /// <inheritdoc />
    public static string Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => RawText(ref reader),
        _ => throw JsonRead.Unexpected(ref reader, "a string"),
    };

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    /// <inheritdoc />
    public static string Format(string value) => value;

    /// <inheritdoc />
    public static string Parse(string text) => text;

    internal static string RawText(ref Utf8JsonReader reader) =>
        System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);

    /// <summary>The text of a string token, or of a number or boolean written without quotes.</summary>
    internal static string ScalarText(ref Utf8JsonReader reader, string expected) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => RawText(ref reader),
        _ => throw JsonRead.Unexpected(ref reader, expected),
    };
}
