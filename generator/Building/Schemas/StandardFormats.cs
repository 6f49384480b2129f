using System;
using System.Collections.Generic;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary>
/// The <c>format</c> values that OpenAPI, its format registry and JSON Schema define for scalars, and those the
/// generator reads as scalar types besides them. An enum with one of these formats is a choice of dates, numbers or
/// addresses like any other enum; any other format names a vocabulary of the API's own (Twilio's
/// <c>http-method</c>), which its enums share (<see cref="FormatEnums"/>).
/// </summary>
internal static class StandardFormats
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        // OpenAPI 3.0 and 3.1 data types.
        "int32", "int64", "float", "double", "byte", "binary", "date", "date-time", "password",
        // JSON Schema validation vocabulary.
        "time", "duration", "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference",
        "iri", "iri-reference", "uri-template", "uuid", "json-pointer", "relative-json-pointer", "regex",
        // The OpenAPI format registry.
        "int8", "int16", "uint8", "uint16", "uint32", "uint64", "double-int", "decimal", "decimal128", "char",
        "base64url", "commonmark", "html", "http-date", "media-range", "unixtime",
        "sf-binary", "sf-boolean", "sf-decimal", "sf-integer", "sf-string", "sf-token",
        // Scalars the generator reads besides (ScalarTypes): RFC 2822 dates.
        "date-time-rfc-2822", "rfc2822", "date-time-rfc2822",
    };

    public static bool Contains(string format) => Names.Contains(format);
}
