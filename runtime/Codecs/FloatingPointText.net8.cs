using System.Globalization;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>Binary floating point as text and as JSON: the shortest text that reads back as the same value, and the nearest value to a text.</summary>
internal static class FloatingPointText
{
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static void Write(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    public static void Write(Utf8JsonWriter writer, float value) => writer.WriteNumberValue(value);

    public static bool TryParse(string text, out double value) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public static bool TryParse(string text, out float value) => float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public static bool TryRead(ref Utf8JsonReader reader, out double value) => reader.TryGetDouble(out value);

    public static bool TryRead(ref Utf8JsonReader reader, out float value) => reader.TryGetSingle(out value);
}
