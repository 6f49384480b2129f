using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ConferenceGen.Prism.Tests.Calls;

/// <summary>
/// Faults of the generated client that this suite found and that are not fixed yet. Unlike
/// <see cref="PrismLimitations"/> they are the client's doing: each entry names exactly the calls it covers, and they
/// are counted apart in every summary ("known client gaps"), so that no summary claims fewer client faults than
/// there are. An entry goes with its fix.
/// </summary>
internal static class ClientGaps
{
    // The characters of RFC 3986 (unreserved, reserved, and '%' of percent-encoding).
    private static readonly Regex Rfc3986Uri = new(@"^[A-Za-z][A-Za-z0-9+.\-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$", RegexOptions.CultureInvariant);
    private static readonly Regex RefusedUri = new("Expected a URI but found \"([^\"]+)\"", RegexOptions.CultureInvariant);

    public static readonly IReadOnlyList<PrismLimitation> All =
    [
        new(
            "an item of a list of URIs that System.Uri refuses fails the reply",
            "format: uri allows any RFC 3986 URI, whose host may hold sub-delims: json-schema-faker writes "
            + "http://XLKSOdcJXrgBowxMPKTlGRTaqLJHsY.teK,o,s0vnmy into Redocly's OAuth2Client.redirectUris, and Prism's own "
            + "check of its reply accepts it. System.Uri refuses that host (docs/wire.md says so). A property holding such text "
            + "reads as null, but an item of a list fails the whole reply (ModelProperty tolerates a string token only), so "
            + "RegisterOAuth2ClientAsync's 201 ends in an ApiException. For the runtime's owner: read such an item as the property's "
            + "odd value, or type format: uri items otherwise.",
            call => call.Verdict == Verdict.UnreadReply
                && RefusedUri.Match(call.Detail) is { Success: true } refused
                && refused.Groups[1].Value is var text
                && Rfc3986Uri.IsMatch(text) && !Uri.TryCreate(text, UriKind.Absolute, out _)
                && call.Exchange?.ReplyBody is { } body && IsListItem(body, text)),
    ];

    public static PrismLimitation? Explaining(CallResult call) => All.FirstOrDefault(gap => gap.Explains(call));

    /// <summary>Whether the reply holds <paramref name="text"/> as an item of an array (a property holding it reads as null).</summary>
    private static bool IsListItem(string body, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return Items(document.RootElement).Any(item => item.ValueKind == JsonValueKind.String && item.GetString() == text);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(item => new[] { item }.Concat(Items(item))),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => property.Value.ValueKind == JsonValueKind.String ? Enumerable.Empty<JsonElement>() : Items(property.Value)),
        _ => Enumerable.Empty<JsonElement>(),
    };
}
