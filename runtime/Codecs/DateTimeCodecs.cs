using System;
using System.Globalization;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>RFC 3339 date-time; <c>type: string, format: date-time</c>.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class DateTimeOffsetCodec : TextCodec<DateTimeOffset>
{
    /// <summary>The one instance.</summary>
    public static readonly DateTimeOffsetCodec Instance = new();
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value) ? value : Parse(ScalarText.Of(ref reader, "a date-time"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public override string Format(DateTimeOffset value) => value.Offset == TimeSpan.Zero
        ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override DateTimeOffset Parse(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw JsonRead.Invalid("an RFC 3339 date-time", text);
}

/// <summary>RFC 2822 date-time as Twilio sends it (<c>Mon, 22 Aug 2011 20:58:45 +0000</c>); <c>format: date-time-rfc-2822</c>.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class Rfc2822DateTimeCodec : TextCodec<DateTimeOffset>
{
    /// <summary>The one instance.</summary>
    public static readonly Rfc2822DateTimeCodec Instance = new();
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader) => Parse(ScalarText.Of(ref reader, "an RFC 2822 date"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public override string Format(DateTimeOffset value) => Rfc2822Date.Format(value);

    /// <inheritdoc />
    public override DateTimeOffset Parse(string text) =>
        Rfc2822Date.TryParse(text, out var value) ? value : throw JsonRead.Invalid("an RFC 2822 date", text);
}

/// <summary>
/// Full date as a <see cref="DateTime"/> (its date; the time of day is not sent); <c>type: string, format: date</c>
/// where <c>DateOnly</c> does not exist (.NET Framework, netstandard2.0). <c>DateOnlyCodec</c> is the same on .NET 8.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class DateCodec : TextCodec<DateTime>
{
    /// <summary>The one instance.</summary>
    public static readonly DateCodec Instance = new();
    /// <inheritdoc />
    public override DateTime Read(ref Utf8JsonReader reader) => Parse(ScalarText.Of(ref reader, "a date"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTime value) => writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public override string Format(DateTime value) => ScalarText.Format(value, "yyyy-MM-dd");

    /// <inheritdoc />
    public override DateTime Parse(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw JsonRead.Invalid("a date (yyyy-MM-dd)", text);
}
