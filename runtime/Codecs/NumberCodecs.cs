using System.Globalization;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

// Each number codec names only what is its own: the reader's exact accessor, the writer overload, and the text form
// (NumberStyles, round-trip format); reading quoted numbers and parsing text is ScalarText's.

/// <summary>JSON integer; <c>type: integer, format: int32</c>. A quoted integer is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct Int32Codec : IJsonCodec<int>, ITextCodec<int>
{
    /// <inheritdoc />
    public static int Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : Parse(ScalarText.Of(ref reader, "an integer"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public static string Format(int value) => ScalarText.Format(value);

    /// <inheritdoc />
    public static int Parse(string text) => ScalarText.Parse<int>(text, NumberStyles.Integer, "a 32-bit integer");
}

/// <summary>JSON integer; <c>type: integer, format: int64</c>. A quoted integer is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct Int64Codec : IJsonCodec<long>, ITextCodec<long>
{
    /// <inheritdoc />
    public static long Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : Parse(ScalarText.Of(ref reader, "an integer"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public static string Format(long value) => ScalarText.Format(value);

    /// <inheritdoc />
    public static long Parse(string text) => ScalarText.Parse<long>(text, NumberStyles.Integer, "a 64-bit integer");
}

/// <summary>JSON number; <c>type: number, format: float</c>. A quoted number is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct SingleCodec : IJsonCodec<float>, ITextCodec<float>
{
    /// <inheritdoc />
    public static float Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetSingle(out var value) ? value : Parse(ScalarText.Of(ref reader, "a number"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, float value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public static string Format(float value) => ScalarText.Format(value, "R");

    /// <inheritdoc />
    public static float Parse(string text) => ScalarText.Parse<float>(text, NumberStyles.Float, "a number");
}

/// <summary>JSON number; <c>type: number</c> and <c>format: double</c>. A quoted number is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct DoubleCodec : IJsonCodec<double>, ITextCodec<double>
{
    /// <inheritdoc />
    public static double Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : Parse(ScalarText.Of(ref reader, "a number"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public static string Format(double value) => ScalarText.Format(value, "R");

    /// <inheritdoc />
    public static double Parse(string text) => ScalarText.Parse<double>(text, NumberStyles.Float, "a number");
}

/// <summary>JSON number read without binary rounding; <c>type: number, format: decimal</c>. A quoted number is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct DecimalCodec : IJsonCodec<decimal>, ITextCodec<decimal>
{
    /// <inheritdoc />
    public static decimal Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : Parse(ScalarText.Of(ref reader, "a number"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public static string Format(decimal value) => ScalarText.Format(value);

    /// <inheritdoc />
    public static decimal Parse(string text) => ScalarText.Parse<decimal>(text, NumberStyles.Float, "a number");
}
