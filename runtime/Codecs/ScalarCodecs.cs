using System;
using System.Globalization;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

// Scalars read strictly by kind but tolerate the common server habit of quoting numbers and booleans
// (and of sending numbers where a string is declared): a client should not fail on what it can read exactly.

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

/// <summary>JSON boolean; <c>type: boolean</c>. Written as <c>true</c>/<c>false</c> in text.</summary>
public readonly struct BooleanCodec : IJsonCodec<bool>, ITextCodec<bool>
{
    /// <inheritdoc />
    public static bool Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String => Parse(reader.GetString()!),
        _ => throw JsonRead.Unexpected(ref reader, "a boolean"),
    };

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <inheritdoc />
    public static string Format(bool value) => value ? "true" : "false";

    /// <inheritdoc />
    public static bool Parse(string text) => bool.TryParse(text, out var value) ? value : throw JsonRead.Invalid("a boolean", text);
}

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

/// <summary>RFC 3339 date-time; <c>type: string, format: date-time</c>.</summary>
public readonly struct DateTimeOffsetCodec : IJsonCodec<DateTimeOffset>, ITextCodec<DateTimeOffset>
{
    /// <inheritdoc />
    public static DateTimeOffset Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value) ? value : Parse(StringCodec.ScalarText(ref reader, "a date-time"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public static string Format(DateTimeOffset value) => value.Offset == TimeSpan.Zero
        ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw JsonRead.Invalid("an RFC 3339 date-time", text);
}

/// <summary>RFC 2822 date-time as Twilio sends it (<c>Mon, 22 Aug 2011 20:58:45 +0000</c>); <c>format: date-time-rfc-2822</c>.</summary>
public readonly struct Rfc2822DateTimeCodec : IJsonCodec<DateTimeOffset>, ITextCodec<DateTimeOffset>
{
    /// <inheritdoc />
    public static DateTimeOffset Read(ref Utf8JsonReader reader) => Parse(StringCodec.ScalarText(ref reader, "an RFC 2822 date"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public static string Format(DateTimeOffset value) => Rfc2822Date.Format(value);

    /// <inheritdoc />
    public static DateTimeOffset Parse(string text) =>
        Rfc2822Date.TryParse(text, out var value) ? value : throw JsonRead.Invalid("an RFC 2822 date", text);
}

/// <summary>Full date; <c>type: string, format: date</c>.</summary>
public readonly struct DateOnlyCodec : IJsonCodec<DateOnly>, ITextCodec<DateOnly>
{
    /// <inheritdoc />
    public static DateOnly Read(ref Utf8JsonReader reader) => Parse(StringCodec.ScalarText(ref reader, "a date"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, DateOnly value) => writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw JsonRead.Invalid("a date (yyyy-MM-dd)", text);
}

/// <summary>UUID; <c>type: string, format: uuid</c>. Written in the lower-case 8-4-4-4-12 form.</summary>
public readonly struct GuidCodec : IJsonCodec<Guid>, ITextCodec<Guid>
{
    /// <inheritdoc />
    public static Guid Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var value) ? value : Parse(StringCodec.ScalarText(ref reader, "a UUID"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

    /// <inheritdoc />
    public static string Format(Guid value) => value.ToString("D");

    /// <inheritdoc />
    public static Guid Parse(string text) => Guid.TryParse(text, out var value) ? value : throw JsonRead.Invalid("a UUID", text);
}

/// <summary>
/// URI; <c>type: string, format: uri</c>. Absolute or relative; written exactly as given
/// (<see cref="Uri.OriginalString"/>), so <c>https://example.com</c> does not gain a trailing slash.
/// </summary>
public readonly struct UriCodec : IJsonCodec<Uri>, ITextCodec<Uri>
{
    /// <inheritdoc />
    public static Uri Read(ref Utf8JsonReader reader) => Parse(StringCodec.ScalarText(ref reader, "a URI"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, Uri value) => writer.WriteStringValue(value.OriginalString);

    /// <inheritdoc />
    public static string Format(Uri value) => value.OriginalString;

    /// <inheritdoc />
    public static Uri Parse(string text) =>
        Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var value) ? value : throw JsonRead.Invalid("a URI", text);
}

/// <summary>Base64 bytes; <c>type: string, format: byte</c>.</summary>
public readonly struct Base64Codec : IJsonCodec<byte[]>, ITextCodec<byte[]>
{
    /// <inheritdoc />
    public static byte[] Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetBytesFromBase64(out var value) ? value : Parse(StringCodec.ScalarText(ref reader, "base64 text"));

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, byte[] value) => writer.WriteBase64StringValue(value);

    /// <inheritdoc />
    public static string Format(byte[] value) => Convert.ToBase64String(value);

    /// <inheritdoc />
    public static byte[] Parse(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException e)
        {
            throw JsonRead.Invalid("base64 text", text, e);
        }
    }
}

/// <summary>Any JSON value, kept as a <see cref="JsonElement"/>; schemas with no type or free-form objects.</summary>
public readonly struct JsonElementCodec : IJsonCodec<JsonElement>, ITextCodec<JsonElement>
{
    /// <inheritdoc />
    public static JsonElement Read(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

    /// <inheritdoc />
    public static string Format(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// <inheritdoc />
    public static JsonElement Parse(string text)
    {
        // Text from a URL or header is a JSON string value.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(text);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
