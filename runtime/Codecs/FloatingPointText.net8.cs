using System.Globalization;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>Binary floating point as text and as JSON: the shortest text that reads back as the same value.</summary>
internal static class FloatingPointText
{
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static void Write(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    public static void Write(Utf8JsonWriter writer, float value) => writer.WriteNumberValue(value);
}
