using System;
using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Prism.Tests.Prism;

namespace ConferenceGen.Prism.Tests.Calls;

/// <summary>
/// What Prism 5.16 gets wrong, each entry checked by hand with curl against the same Prism and spec: which calls it
/// covers, and why the client is right there. A call is let through only when an entry explains all of it (every
/// violation Prism names); anything else stays a failure.
/// </summary>
internal static class PrismLimitations
{
    public static readonly IReadOnlyList<PrismLimitation> All =
    [
        new(
            "form arrays sent as repeated keys",
            "OpenAPI's default for a form body is style form with explode: an array is its key repeated once per item "
            + "(MediaUrl=a&MediaUrl=b, as Twilio's own SDKs send it). Prism reads a repeated key, and a single one, as one "
            + "string and reports 'must be array'; it only takes MediaUrl[]=a, which no OpenAPI style defines. curl to Twilio's "
            + "Messages.json: MediaUrl=a and MediaUrl=a&MediaUrl=b get 422 'must be array', MediaUrl[]=a gets 201.",
            call => call.Rejection is { Violations.Count: > 0 } rejection && call.Exchange is { ContentType: { } type } exchange
                && type.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal)
                && rejection.Violations.All(v => v.Code == "type" && v.Message.EndsWith("must be array", StringComparison.Ordinal)
                    && FormKeys(exchange.Body).Contains(LastSegment(v.Location)))),
        new(
            "deepObject arrays of objects in a form",
            "A form property whose encoding is style: deepObject sends an array of objects as items[0][price]=1, which is what "
            + "the encoding means and what Stripe reads. Prism refuses any such body with its own 415 INVALID_CONTENT_TYPE "
            + "('Cannot deserialize JSON object array in form data request body. Make sure the array is in JSON') and checks "
            + "nothing else; it only takes items=[{\"price\":1}], JSON text that no OpenAPI style defines. curl to a one-property "
            + "spec with that encoding: items%5B0%5D%5Bprice%5D=1 gets 415, items=%5B%7B%22price%22%3A1%7D%5D gets 200.",
            call => call.Rejection is { } rejection && call.Exchange is { } exchange
                && (rejection.Violations.Count == 0
                    ? exchange.Status == 415 && rejection.Code.StartsWith("INVALID_CONTENT_TYPE", StringComparison.Ordinal)
                    : rejection.Violations.All(v => v.Message.StartsWith("Cannot deserialize JSON object array in form data", StringComparison.Ordinal)))
                && FormKeys(exchange.Body).Any(key => System.Text.RegularExpressions.Regex.IsMatch(key, @"^[^\[]+\[[0-9]+\]\["))),
        new(
            "JSON parts of a multipart body read as text",
            "OpenAPI's default for an object or array property in multipart/form-data is a part of type application/json "
            + "(Discord's embeds, allowed_mentions, components). Prism reads every part as a string, whatever its Content-Type, "
            + "and reports 'must be array,null' or 'must be object'; a list of text, a part per item as for forms, is one string "
            + "to it too; and a text part is coerced to every alternative of a oneOf, so that nonce=1 (oneOf integer or string) "
            + "matches both and fails 'must match exactly one schema in oneOf' (nonce=abc gets 200). curl to a one-operation spec with embeds as an array of "
            + "objects: a part 'Content-Type: application/json' holding [{\"title\":\"t\"}] gets 422 'embeds must be array,null'; "
            + "the same body without that part gets 200.",
            call => call.Rejection is { Violations.Count: > 0 } rejection && call.Exchange is { } exchange
                && exchange.ContentType?.StartsWith("multipart/form-data", StringComparison.Ordinal) == true
                && rejection.Violations.All(v => v.Location.Split('.') is [.., "body", var member]
                    && (JsonPartNames(exchange.Body).Contains(member)
                        || (v.Code == "type" && v.Message.Contains("must be array", StringComparison.Ordinal) && PartNames(exchange.Body).Contains(member))
                        || (v.Code == "oneOf" && PartNames(exchange.Body).Contains(member))))),
        new(
            "a multipart body with no fields crashes Prism",
            "A multipart body whose fields are all optional and none set is written by .NET's MultipartFormDataContent as one "
            + "empty part (RFC 2046 has no multipart without a part). Prism's body validator calls split() on the missing "
            + "Content-Disposition (TypeError in prism-http validator/validators/body.js) and the process exits. curl with "
            + "'--XB\\r\\n\\r\\n--XB--' to a spec whose multipart fields are all optional ends Prism; it is started again.",
            call => call.PrismCrash is { } crash && crash.Contains("reading 'split'", StringComparison.Ordinal)
                && call.Exchange is { } exchange && exchange.ContentType?.StartsWith("multipart/form-data", StringComparison.Ordinal) == true
                && PartNames(exchange.Body).Count == 0),
        new(
            "Prism's generated reply breaks its own response schema",
            "With --errors Prism also validates the reply it made from the response schema, and json-schema-faker's values do "
            + "not always pass (Bandwidth's format: url and email, Discord's integer enums inside oneOf): Prism then answers 500 "
            + "listing only response.* violations. The request was accepted; that reply cannot be read because Prism never sends it.",
            call => call.Rejection is { Violations.Count: > 0 } rejection
                && rejection.Violations.All(v => v.Location.StartsWith("response", StringComparison.Ordinal))),
        new(
            "recursive reply cut short",
            "json-schema-faker gives up on a recursive schema after a few levels and writes {} or the schema itself there "
            + "(Stripe's invoice: $.last_finalization_error.payment_intent.last_payment_error.payment_intent.last_payment_error is "
            + "{\"description\": …, \"nullable\": true}; a PaymentIntent four levels down is {}), so the reply lacks a property the "
            + "schema requires and the client rightly refuses it. Let through only when every object lacking that property, under a "
            + "key that holds the model, is such a cut (RecursionCut).",
            call => call.ReplyCut is not null),
        new(
            "absent optional deepObject member read as {}",
            "Prism reads a deepObject query parameter or deepObject-encoded form or multipart property (or an optional object inside one) that the request leaves out as {} "
            + "and checks it against the schema's required members; both are optional, so leaving them out is valid. curl to "
            + "Stripe's subset: GET /v1/invoices/upcoming with no query gets 422 'automatic_tax must have required property enabled' "
            + "(required: false); POST /v1/prices with currency=usd alone gets 422 for custom_unit_amount, product_data, recurring, "
            + "transform_quantity (only currency is required), and 200 once those are sent.",
            call => call.Rejection is { Violations.Count: > 0 } rejection && call.Exchange is { } exchange
                && rejection.Violations.All(v => v.Code == "required" && AbsentDeepObject(call, exchange, v.Location))),
        new(
            "no reply for the media range */*",
            "A reply documented under the media range */* (openapi-generator's /fake/outer/number, boolean, composite) makes "
            + "Prism fail with its own 500 (UNKNOWN 'Cannot find serializer for */*' without an Accept header, NO_COMPLEX_OBJECT_TEXT "
            + "with Accept: */*) and no violation: the request was accepted, Prism has no reply to send. Checked with curl.",
            call => call.Rejection is { Violations.Count: 0 } rejection && call.Exchange?.Status == 500
                && (rejection.Code.Contains("*/*", StringComparison.Ordinal) || rejection.Code.Contains("NO_COMPLEX_OBJECT_TEXT", StringComparison.Ordinal))),
        new(
            "absent optional array header crashes Prism",
            "Prism's simple-style deserializer calls split() on a header the request does not send when its schema is an array "
            + "(TypeError in prism-http validator/deserializers/style/simple.js), and the process exits. Leaving out an optional "
            + "header is valid. curl GET /fake of openapi-generator's petstore with no headers ends Prism; it is started again.",
            call => call.PrismCrash is { } crash && crash.Contains("deserializeArray", StringComparison.Ordinal)
                && call.Operation.Parameters.Any(p => p.Location == Generator.Model.ParameterLocation.Header && !p.Required && p.Type.Kind == TypeKind.List)),
    ];

    public static PrismLimitation? Explaining(CallResult call) => All.FirstOrDefault(limitation => limitation.Explains(call));

    private static string LastSegment(string location) => location.Substring(location.LastIndexOf('.') + 1);

    // request.query.automatic_tax, or request.body.payment_method_data.acss_debit: the member the request leaves out is the one after query/body.
    private static bool AbsentDeepObject(CallResult call, Exchange exchange, string location)
    {
        var segments = location.Split('.');
        var at = Array.FindIndex(segments, s => s is "query" or "body");
        if (at < 0 || at + 1 >= segments.Length)
        {
            return false;
        }

        // The member Prism found lacking, to any depth: shipping_cost.shipping_rate_data.delivery_estimate.maximum is
        // the form key shipping_cost[shipping_rate_data][delivery_estimate][maximum] (an optional object left out).
        var member = segments[at + 1] + string.Concat(segments.Skip(at + 2).Select(s => "[" + s + "]"));
        bool Sent(IEnumerable<string> keys) => keys.Any(k => k == member || k.StartsWith(member + "[", StringComparison.Ordinal));
        return segments[at] == "query"
            ? call.Operation.Parameters.Any(p => p.WireName == segments[at + 1] && !p.Required && p.Style == ParameterStyle.DeepObject) && !Sent(QueryKeys(exchange.Target))
            : exchange.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal) == true ? !Sent(FormKeys(exchange.Body))
            : exchange.ContentType?.StartsWith("multipart/form-data", StringComparison.Ordinal) == true && !Sent(PartNames(exchange.Body));
    }

    private static HashSet<string> FormKeys(string? body) =>
        (body ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => Uri.UnescapeDataString(pair.Split('=')[0].Replace('+', ' '))).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> JsonPartNames(string? body) =>
        System.Text.RegularExpressions.Regex.Matches(body ?? string.Empty, "Content-Type: application/json\r\nContent-Disposition: form-data; name=\"?([^\";\r\n]+)")
            .Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> PartNames(string? body) =>
        System.Text.RegularExpressions.Regex.Matches(body ?? string.Empty, "Content-Disposition: form-data; name=\"?([^\";\r\n]+)")
            .Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> QueryKeys(string target) =>
        target.Contains('?', StringComparison.Ordinal) ? FormKeys(target.Substring(target.IndexOf('?', StringComparison.Ordinal) + 1)) : Enumerable.Empty<string>();

}

/// <summary>One known mistake of Prism's.</summary>
/// <param name="Name">Short, for the summary.</param>
/// <param name="Why">Why the client is right and Prism wrong, and the experiment that showed it.</param>
/// <param name="Explains">Whether a call's whole failure is this mistake.</param>
internal sealed record PrismLimitation(string Name, string Why, Func<CallResult, bool> Explains);
