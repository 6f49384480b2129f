using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace ConferenceGen.Prism.Tests.Synthesis;

/// <summary>
/// A string a schema accepts: its example or default when they fit its constraints, else one made for its format,
/// its pattern and its lengths. (Enum and const values are chosen before this, by <see cref="JsonValueSynthesizer"/>.)
/// </summary>
internal static class StringValues
{
    public static string For(IOpenApiSchema schema, int salt)
    {
        // Later items of an array take made values, which differ (uniqueItems).
        foreach (var given in salt == 0 ? SchemaView.Given(schema) : Enumerable.Empty<JsonNode>())
        {
            if (given is JsonValue value && value.TryGetValue<string>(out var text) && Fits(schema, text))
            {
                return text;
            }
        }

        var minLength = schema.MinLength ?? 0;
        if (schema.Pattern is { Length: > 0 } pattern)
        {
            return PatternText.Generate(pattern, minLength, schema.MaxLength, salt) ?? PatternText.Generate(pattern, minLength, schema.MaxLength)
                ?? throw new SynthesisException($"no string for the pattern {pattern} (lengths {minLength}..{schema.MaxLength})");
        }

        var made = ForFormat(schema.Format) ?? (salt == 0 ? "value" : "value" + salt.ToString(CultureInfo.InvariantCulture));
        if (made.Length < minLength)
        {
            made += new string('x', minLength - made.Length);
        }

        if (schema.MaxLength is { } max && made.Length > max)
        {
            made = made.Substring(0, Math.Max(max, minLength));
        }

        return made;
    }

    /// <summary>A value of a string format; null for formats that constrain nothing (ajv ignores unknown ones).</summary>
    public static string? ForFormat(string? format) => format?.ToLowerInvariant() switch
    {
        "date-time" => "2024-01-02T03:04:05Z",
        "date" => "2024-01-02",
        "time" => "03:04:05Z",
        "duration" => "P1D",
        "uuid" or "guid" => "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
        "uri" or "url" or "iri" or "uri-reference" or "iri-reference" => "https://example.com/resource",
        "uri-template" => "https://example.com/{id}",
        "email" or "idn-email" => "user@example.com",
        "hostname" or "idn-hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "byte" or "binary" or "base64" => "AQID",
        "date-time-rfc-2822" or "rfc2822" or "date-time-rfc2822" => "Tue, 02 Jan 2024 03:04:05 +0000",
        "json-pointer" => "/a",
        "regex" => "a",
        "int32" or "int64" or "integer" or "decimal" or "number" or "double" or "float" => "1",
        "e164" or "phone" or "phone-number" => "+15555550100",
        _ => null,
    };

    private static bool Fits(IOpenApiSchema schema, string text)
    {
        if (text.Length < (schema.MinLength ?? 0) || (schema.MaxLength is { } max && text.Length > max))
        {
            return false;
        }

        if (schema.Pattern is { Length: > 0 } pattern && !PatternText.Matches(pattern, text))
        {
            return false;
        }

        return schema.Format?.ToLowerInvariant() switch
        {
            "date-time" => Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.IgnoreCase),
            "date" => Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}$"),
            "uuid" => Guid.TryParseExact(text, "D", out _),
            "uri" or "url" => Uri.TryCreate(text, UriKind.Absolute, out _),
            "email" => text.Contains('@', StringComparison.Ordinal) && !text.Any(char.IsWhiteSpace),
            "byte" => IsBase64(text),
            _ => true,
        };
    }

    private static bool IsBase64(string text)
    {
        var buffer = new byte[text.Length];
        return text.Length > 0 && Convert.TryFromBase64String(text, buffer, out _);
    }
}
