using System.Globalization;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

// Each number codec names only what is its own: the reader's exact accessor, the writer overload, and the text form
// (NumberStyles, round-trip format); reading quoted numbers and parsing text is ScalarText's.

/// <summary>JSON integer; <c>type: integer, format: int32</c>. A quoted integer is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class Int32Codec : TextCodec<int>
{
    /// <summary>The one instance.</summary>
    public static readonly Int32Codec Instance = new();
    /// <inheritdoc />
    public override int Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : Parse(ScalarText.Of(ref reader, "an integer"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override string Format(int value) => ScalarText.Format(value);

    /// <inheritdoc />
    public override int Parse(string text) => ScalarText.Parse<int>(text, NumberStyles.Integer, "a 32-bit integer");
}

/// <summary>JSON integer; <c>type: integer, format: int64</c>. A quoted integer is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class Int64Codec : TextCodec<long>
{
    /// <summary>The one instance.</summary>
    public static readonly Int64Codec Instance = new();
    /// <inheritdoc />
    public override long Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : Parse(ScalarText.Of(ref reader, "an integer"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override string Format(long value) => ScalarText.Format(value);

    /// <inheritdoc />
    public override long Parse(string text) => ScalarText.Parse<long>(text, NumberStyles.Integer, "a 64-bit integer");
}

/// <summary>JSON number; <c>type: number, format: float</c>. A quoted number is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class SingleCodec : TextCodec<float>
{
    /// <summary>The one instance.</summary>
    public static readonly SingleCodec Instance = new();
    /// <inheritdoc />
    public override float Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetSingle(out var value) ? value : Parse(ScalarText.Of(ref reader, "a number"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, float value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override string Format(float value) => ScalarText.Format(value, "R");

    /// <inheritdoc />
    public override float Parse(string text) => ScalarText.Parse<float>(text, NumberStyles.Float, "a number");
}

/// <summary>JSON number; <c>type: number</c> and <c>format: double</c>. A quoted number is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class DoubleCodec : TextCodec<double>
{
    /// <summary>The one instance.</summary>
    public static readonly DoubleCodec Instance = new();
    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : Parse(ScalarText.Of(ref reader, "a number"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override string Format(double value) => ScalarText.Format(value, "R");

    /// <inheritdoc />
    public override double Parse(string text) => ScalarText.Parse<double>(text, NumberStyles.Float, "a number");
}

/// <summary>JSON number read without binary rounding; <c>type: number, format: decimal</c>. A quoted number is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class DecimalCodec : TextCodec<decimal>
{
    /// <summary>The one instance.</summary>
    public static readonly DecimalCodec Instance = new();
    /// <inheritdoc />
    public override decimal Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : Parse(ScalarText.Of(ref reader, "a number"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override string Format(decimal value) => ScalarText.Format(value);

    /// <inheritdoc />
    public override decimal Parse(string text) => ScalarText.Parse<decimal>(text, NumberStyles.Float, "a number");
}
