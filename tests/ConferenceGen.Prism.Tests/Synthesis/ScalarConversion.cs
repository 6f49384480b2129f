using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConferenceGen.Prism.Tests.Synthesis;

/// <summary>A chosen JSON scalar as the .NET type of a generated parameter or property (the codec writes it back to the wire).</summary>
internal static class ScalarConversion
{
    private static readonly DateTimeOffset SomeInstant = new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static bool Handles(Type type) =>
        type == typeof(string) || type == typeof(bool) || IsNumber(type) || type == typeof(DateTimeOffset) || type == typeof(DateTime)
        || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(Uri) || type == typeof(byte[]);

    public static object To(Type type, JsonNode? node)
    {
        var text = node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node?.ToJsonString();
        if (type == typeof(string))
        {
            return text ?? "value";
        }

        if (type == typeof(bool))
        {
            return node is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? flag.GetValue<bool>() : true;
        }

        if (IsNumber(type))
        {
            var number = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1m;
            return Convert.ChangeType(number, type, CultureInfo.InvariantCulture);
        }

        if (type == typeof(DateTimeOffset))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : SomeInstant;
        }

        if (type == typeof(DateTime))
        {
            return ((DateTimeOffset)To(typeof(DateTimeOffset), node)).UtcDateTime;
        }

        if (type == typeof(DateOnly))
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : DateOnly.FromDateTime(SomeInstant.UtcDateTime);
        }

        if (type == typeof(TimeOnly))
        {
            return TimeOnly.TryParse(text?.TrimEnd('Z'), CultureInfo.InvariantCulture, out var time) ? time : new TimeOnly(3, 4, 5);
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpan.FromDays(1);
        }

        if (type == typeof(Guid))
        {
            return Guid.TryParse(text, out var id) ? id : Guid.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        }

        if (type == typeof(Uri))
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : new Uri("https://example.com/resource");
        }

        if (type == typeof(byte[]))
        {
            var buffer = new byte[text?.Length ?? 0];
            return text is not null && Convert.TryFromBase64String(text, buffer, out var written) ? buffer.AsSpan(0, written).ToArray() : Encoding.UTF8.GetBytes(text ?? "value");
        }

        throw new SynthesisException($"no conversion to {type.Name}");
    }

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
        || type == typeof(double) || type == typeof(float) || type == typeof(decimal);
}
