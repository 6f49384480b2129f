using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>Binary floating point as text and as JSON, the same on this build as on .NET 8 (<see cref="ShortestNumberText"/>).</summary>
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
}
