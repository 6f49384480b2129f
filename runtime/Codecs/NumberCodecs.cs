using System.Globalization;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// What the number codecs share: a quoted number is read too, and text is parsed and formatted in the invariant
/// culture. Each codec names only what is its own: the reader's exact accessor, the writer overload, and the
/// text form (styles, round-trip format).
/// </summary>
/// <typeparam name="T">The number type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public abstract class NumberCodec<T> : TextCodec<T>
    where T : struct, System.IFormattable
{
    private readonly NumberStyles _styles;
    private readonly string? _format;
    private readonly string _token;
    private readonly string _text;

    /// <param name="styles">The styles its text is parsed with.</param>
    /// <param name="format">The format its text is written with (binary floating point overrides <see cref="Format"/>).</param>
    /// <param name="token">What a JSON value of it is, for errors.</param>
    /// <param name="text">What its text is, for errors.</param>
    private protected NumberCodec(NumberStyles styles, string? format, string token, string text)
    {
        _styles = styles;
        _format = format;
        _token = token;
        _text = text;
    }

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && TryGet(ref reader, out var value) ? value : Parse(ScalarText.Of(ref reader, _token));

    /// <inheritdoc />
    public override string Format(T value) => ScalarText.Format(value, _format);

    /// <inheritdoc />
    public override T Parse(string text) =>
        TryParse(text, _styles, out var value) ? value : throw JsonRead.Invalid(_text, text);

    internal override bool AcceptsKind(JsonValueKind kind) => kind == JsonValueKind.Number;

    /// <summary>The reader's exact accessor for this type.</summary>
    private protected abstract bool TryGet(ref Utf8JsonReader reader, out T value);

    /// <summary>The type's own parse of invariant-culture text.</summary>
    private protected abstract bool TryParse(string text, NumberStyles styles, out T value);
}

/// <summary>JSON integer; <c>type: integer, format: int32</c>. A quoted integer is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class Int32Codec() : NumberCodec<int>(NumberStyles.Integer, null, "an integer", "a 32-bit integer")
{
    /// <summary>The one instance.</summary>
    public static readonly Int32Codec Instance = new();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    private protected override bool TryParse(string text, NumberStyles styles, out int value) => int.TryParse(text, styles, CultureInfo.InvariantCulture, out value);

    private protected override bool TryGet(ref Utf8JsonReader reader, out int value) => reader.TryGetInt32(out value);
}

/// <summary>JSON integer; <c>type: integer, format: int64</c>. A quoted integer is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class Int64Codec() : NumberCodec<long>(NumberStyles.Integer, null, "an integer", "a 64-bit integer")
{
    /// <summary>The one instance.</summary>
    public static readonly Int64Codec Instance = new();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    private protected override bool TryParse(string text, NumberStyles styles, out long value) => long.TryParse(text, styles, CultureInfo.InvariantCulture, out value);

    private protected override bool TryGet(ref Utf8JsonReader reader, out long value) => reader.TryGetInt64(out value);
}

/// <summary>JSON number; <c>type: number, format: float</c>. A quoted number is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class SingleCodec() : NumberCodec<float>(NumberStyles.Float, null, "a number", "a number")
{
    /// <summary>The one instance.</summary>
    public static readonly SingleCodec Instance = new();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, float value) => FloatingPointText.Write(writer, value);

    /// <inheritdoc />
    public override string Format(float value) => FloatingPointText.Format(value);

    private protected override bool TryParse(string text, NumberStyles styles, out float value) => FloatingPointText.TryParse(text, out value);

    private protected override bool TryGet(ref Utf8JsonReader reader, out float value) => FloatingPointText.TryRead(ref reader, out value);
}

/// <summary>JSON number; <c>type: number</c> and <c>format: double</c>. A quoted number is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class DoubleCodec() : NumberCodec<double>(NumberStyles.Float, null, "a number", "a number")
{
    /// <summary>The one instance.</summary>
    public static readonly DoubleCodec Instance = new();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value) => FloatingPointText.Write(writer, value);

    /// <inheritdoc />
    public override string Format(double value) => FloatingPointText.Format(value);

    private protected override bool TryParse(string text, NumberStyles styles, out double value) => FloatingPointText.TryParse(text, out value);

    private protected override bool TryGet(ref Utf8JsonReader reader, out double value) => FloatingPointText.TryRead(ref reader, out value);
}

/// <summary>JSON number read without binary rounding; <c>type: number, format: decimal</c>. A quoted number is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class DecimalCodec() : NumberCodec<decimal>(NumberStyles.Float, null, "a number", "a number")
{
    /// <summary>The one instance.</summary>
    public static readonly DecimalCodec Instance = new();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    private protected override bool TryParse(string text, NumberStyles styles, out decimal value) => decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out value);

    private protected override bool TryGet(ref Utf8JsonReader reader, out decimal value) => reader.TryGetDecimal(out value);
}
