using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ConferenceGen.Prism.Tests.Prism;

/// <summary>
/// Prism's verdict that a request does not fit the spec. With <c>--errors</c> it comes two ways: when the operation
/// documents an error reply (Stripe's <c>default</c>), Prism sends that reply and lists the violations in its
/// <c>sl-violations</c> header; otherwise it sends its own problem JSON (422 with a <c>validation</c> list, 401 for
/// security, 404 when no path matches…). A documented error of the API itself has neither.
/// </summary>
internal sealed record PrismRejection(string Code, IReadOnlyList<PrismViolation> Violations)
{
    public const string ViolationsHeader = "sl-violations";
    private const string ErrorTypePrefix = "https://stoplight.io/prism/errors#";

    public static PrismRejection? From(int status, string? violationsHeader, string? body)
    {
        var problem = Problem(body);
        var violations = FromHeader(violationsHeader).Where(v => v.IsRequestError).ToList();
        if (problem is not null)
        {
            return problem with { Violations = problem.Violations.Count > 0 ? problem.Violations : violations };
        }

        return violations.Count > 0 ? new PrismRejection(status.ToString(System.Globalization.CultureInfo.InvariantCulture), violations) : null;
    }

    /// <summary>The violations, or Prism's error code and message when it names none (401, 404…).</summary>
    public string Describe() => Violations.Count > 0 ? string.Join("; ", Violations.Select(v => v.Describe())) : Code;

    private static PrismRejection? Problem(string? body)
    {
        if (string.IsNullOrEmpty(body) || !body.Contains(ErrorTypePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type)
                || type.GetString() is not { } typeText || !typeText.StartsWith(ErrorTypePrefix, StringComparison.Ordinal))
            {
                return null;
            }

            var violations = root.TryGetProperty("validation", out var validation) && validation.ValueKind == JsonValueKind.Array
                ? validation.EnumerateArray().Select(PrismViolation.From).ToList()
                : new List<PrismViolation>();
            var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
            return new PrismRejection(typeText.Substring(ErrorTypePrefix.Length) + (title is null ? string.Empty : " (" + title + ")"), violations);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<PrismViolation> FromHeader(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return Array.Empty<PrismViolation>();
        }

        // With many violations Prism writes "Too many violations! [...]", the list cut short.
        var list = header.IndexOf('[', StringComparison.Ordinal) is var start and > 0 ? header.Substring(start) : header;
        try
        {
            using var document = JsonDocument.Parse(list);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Select(PrismViolation.From).ToList()
                : Array.Empty<PrismViolation>();
        }
        catch (JsonException)
        {
            return new[] { new PrismViolation("request", "Error", "many", header.Length > 600 ? header.Substring(0, 600) + "…" : header) };
        }
    }
}

/// <summary>One violation Prism names: where (<c>request.body.address</c>, <c>query.limit</c>), the JSON Schema keyword, and its message.</summary>
internal sealed record PrismViolation(string Location, string Severity, string Code, string Message)
{
    /// <summary>An error in the request (the header can also carry warnings, and notes on Prism's own reply).</summary>
    public bool IsRequestError =>
        Severity.Equals("Error", StringComparison.OrdinalIgnoreCase) && !Location.StartsWith("response", StringComparison.Ordinal);

    public static PrismViolation From(JsonElement entry) => new(
        entry.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.Array
            ? string.Join(".", location.EnumerateArray().Select(l => l.ToString()))
            : string.Empty,
        entry.TryGetProperty("severity", out var severity) ? severity.ToString() : string.Empty,
        entry.TryGetProperty("code", out var code) ? code.ToString() : string.Empty,
        entry.TryGetProperty("message", out var message) ? message.ToString() : string.Empty);

    public string Describe() => $"[{Location}] {Code}: {Message}";
}
