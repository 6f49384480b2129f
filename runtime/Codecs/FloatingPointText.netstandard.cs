using System.Text;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Binary floating point as text and as JSON, written and read the same on this build as on .NET 8
/// (<see cref="ShortestNumberText"/>, <see cref="ExactNumberParser"/>).
/// </summary>
internal static class FloatingPointText
{
    public static string Format(double value) => ShortestNumberText.Format(value);

    public static string Format(float value) => ShortestNumberText.Format(value);

    // NaN and the infinities go to the writer, which refuses them as on .NET 8.
    public static void Write(Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            writer.WriteNumberValue(value);
            return;
        }

        writer.WriteRawValue(ShortestNumberText.Format(value), skipInputValidation: true);
    }

    public static void Write(Utf8JsonWriter writer, float value)
    {
        if (float.IsNaN(value) || float.IsInfinity(value))
        {
            writer.WriteNumberValue(value);
            return;
        }

        writer.WriteRawValue(ShortestNumberText.Format(value), skipInputValidation: true);
    }

    public static bool TryParse(string text, out double value) => ExactNumberParser.TryParse(text, out value);

    public static bool TryParse(string text, out float value) => ExactNumberParser.TryParse(text, out value);

    // Out of range is not a value here, as for the .NET 8 reader (the codec then reads the text, to infinity).
    public static bool TryRead(ref Utf8JsonReader reader, out double value) =>
        ExactNumberParser.TryParse(RawText(ref reader), out value) && !double.IsInfinity(value);

    public static bool TryRead(ref Utf8JsonReader reader, out float value) =>
        ExactNumberParser.TryParse(RawText(ref reader), out value) && !float.IsInfinity(value);

    private static string RawText(ref Utf8JsonReader reader) =>
        Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
}
