using System.Globalization;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

// Servers quote numbers ("5000"): a client should not fail on what it can read exactly.

/// <summary>JSON integer; <c>type: integer, format: int32</c>.</summary>
public readonly struct Int32Codec : IJsonCodec<int>, ITextCodec<int>
{
    /// <inheritdoc />
    public static int Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : Parse(StringCodec.ScalarText(ref reader, "an integer"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public static int Parse(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw JsonRead.Invalid("a 32-bit integer", text);
}

/// <summary>JSON integer; <c>type: integer, format: int64</c>.</summary>
public readonly struct Int64Codec : IJsonCodec<long>, ITextCodec<long>
{
    /// <inheritdoc />
    public static long Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : Parse(StringCodec.ScalarText(ref reader, "an integer"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public static long Parse(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw JsonRead.Invalid("a 64-bit integer", text);
}

/// <summary>JSON number; <c>type: number, format: float</c>.</summary>
public readonly struct SingleCodec : IJsonCodec<float>, ITextCodec<float>
{
    /// <inheritdoc />
    public static float Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetSingle(out var value) ? value : Parse(StringCodec.ScalarText(ref reader, "a number"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, float value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public static float Parse(string text) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw JsonRead.Invalid("a number", text);
}

/// <summary>JSON number; <c>type: number</c> and <c>format: double</c>.</summary>
public readonly struct DoubleCodec : IJsonCodec<double>, ITextCodec<double>
{
    /// <inheritdoc />
    public static double Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : Parse(StringCodec.ScalarText(ref reader, "a number"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public static double Parse(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw JsonRead.Invalid("a number", text);
}

/// <summary>JSON number read without binary rounding; <c>type: number, format: decimal</c>.</summary>
public readonly struct DecimalCodec : IJsonCodec<decimal>, ITextCodec<decimal>
{
    /// <inheritdoc />
    public static decimal Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : Parse(StringCodec.ScalarText(ref reader, "a number"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public static decimal Parse(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw JsonRead.Invalid("a number", text);
}
