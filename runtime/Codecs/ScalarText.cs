using System;
using System.Globalization;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// What the scalar codecs share. Scalars read strictly by kind but tolerate the common server habit of quoting
/// numbers and booleans (and of sending numbers where a string is declared): a client should not fail on what it
/// can read exactly. Text is parsed and formatted in the invariant culture, and text that does not parse is a
/// <see cref="ValueFormatException"/>.
/// </summary>
internal static class ScalarText
{
    /// <summary>The text of a string token, or of a number or boolean written without quotes.</summary>
    public static string Of(ref Utf8JsonReader reader, string expected) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False =>
            System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
        _ => throw JsonRead.Unexpected(ref reader, expected),
    };

    /// <summary>Formats a value in the invariant culture.</summary>
    public static string Format<T>(T value, string? format = null)
        where T : IFormattable => value.ToString(format, CultureInfo.InvariantCulture);
}
