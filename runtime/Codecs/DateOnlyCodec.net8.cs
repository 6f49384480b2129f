using System;
using System.Globalization;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>Full date; <c>type: string, format: date</c>.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class DateOnlyCodec : TextCodec<DateOnly>
{
    /// <summary>The one instance.</summary>
    public static readonly DateOnlyCodec Instance = new();
    /// <inheritdoc />
    public override DateOnly Read(ref Utf8JsonReader reader) => Parse(ScalarText.Of(ref reader, "a date"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateOnly value) => writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public override string Format(DateOnly value) => ScalarText.Format(value, "yyyy-MM-dd");

    /// <inheritdoc />
    public override DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw JsonRead.Invalid("a date (yyyy-MM-dd)", text);
}
