using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi.YamlReader;
using SharpYaml.Serialization;

namespace ConferenceGen.Prism.Tests.Specs;

/// <summary>
/// A part of Stripe's spec that Prism 5.16 can serve. Prism dereferences the whole document when it starts, visiting
/// every path through the references again; Stripe's 819 schemas link to each other through their "expandable"
/// fields (<c>anyOf: [string id, $ref object]</c> with <c>x-expansionResources</c>), so that even its 5 price
/// operations reach 513 schemas and Prism does not listen after minutes (measured: the whole spec, or prices alone,
/// not within 10 and 2 minutes). Here each expandable field keeps its ID alternative only, which is what Stripe
/// sends unless a request asks to expand it; request bodies and parameters are inline in Stripe's spec and stay
/// untouched. Then the chosen paths and the components they reach are written to a temporary file (about 60
/// operations, 260 schemas; Prism listens after about 10 s).
/// </summary>
internal static class StripeSubset
{
    /// <summary>The subsets, by test name: each is checked on a Prism of its own.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Subsets = new Dictionary<string, string[]>
    {
        // Form bodies with deepObject encoding, metadata maps, expand arrays, search queries, and list filters such as
        // `created` (deepObject, anyOf object|integer), in the resources most integrations use.
        ["corpus/stripe/spec3.yaml (customers, prices, products, payment intents, invoices, subscriptions)"] =
        [
            "/v1/customers",
            "/v1/customers/search",
            "/v1/customers/{customer}",
            "/v1/customers/{customer}/balance_transactions",
            "/v1/customers/{customer}/balance_transactions/{transaction}",
            "/v1/customers/{customer}/discount",
            "/v1/customers/{customer}/tax_ids",
            "/v1/customers/{customer}/tax_ids/{id}",
            "/v1/prices/**",
            "/v1/products/**",
            "/v1/payment_intents/**",
            "/v1/invoices/**",
            "/v1/subscriptions/**",
        ],

        // Payments around the first subset: charges and refunds, saved payment methods, coupons and tax rates, the
        // multipart file upload (served from files.stripe.com), webhooks and events, and the balance.
        ["corpus/stripe/spec3.yaml (charges, refunds, payment methods, setup intents, coupons, files, webhooks, events)"] =
        [
            "/v1/charges/**",
            "/v1/refunds/**",
            "/v1/payment_methods/**",
            "/v1/setup_intents/**",
            "/v1/coupons/**",
            "/v1/promotion_codes/**",
            "/v1/tax_rates/**",
            "/v1/files/**",
            "/v1/webhook_endpoints/**",
            "/v1/events/**",
            "/v1/balance",
            "/v1/balance_transactions/**",
        ],
    };

    private const string ComponentsPrefix = "#/components/";

    private static readonly object Gate = new();
    private static readonly Dictionary<string, string> Written = new();
    private static JsonObject? _document;

    /// <summary>The file of the subset <paramref name="name"/> (written once per test run, removed when the run ends).</summary>
    public static string Write(string stripeSpecPath, string name)
    {
        lock (Gate)
        {
            if (Written.TryGetValue(name, out var written))
            {
                return written;
            }

            var subset = Subset(_document ??= ReadYaml(stripeSpecPath), Subsets[name]);
            var folder = Path.Combine(Path.GetTempPath(), "conferencegen-prism-" + Environment.ProcessId);
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
            }

            var path = Path.Combine(folder, "stripe-subset-" + Written.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".json");
            File.WriteAllText(path, subset.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            Written.Add(name, path);
            return path;
        }
    }

    public static JsonObject Subset(JsonObject document, IReadOnlyList<string> selected)
    {
        var paths = new JsonObject();
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            if (selected.Any(p => Selects(p, template)))
            {
                paths[template] = item!.DeepClone();
            }
        }

        var components = document["components"]!.AsObject();
        var kept = new JsonObject();
        foreach (var (kind, members) in components)
        {
            // Security schemes apply by name, not by $ref: all of them stay.
            kept[kind] = kind == "schemas" ? new JsonObject() : members!.DeepClone();
        }

        var pending = new Queue<JsonNode>();
        KeepIdsOfExpandableFields(paths);
        pending.Enqueue(paths);
        while (pending.Count > 0)
        {
            foreach (var reference in References(pending.Dequeue()))
            {
                var parts = reference.Substring(ComponentsPrefix.Length).Split('/');
                if (parts.Length != 2 || kept[parts[0]] is not JsonObject keptKind || keptKind.ContainsKey(parts[1]))
                {
                    continue;
                }

                var member = components[parts[0]]![parts[1]]!.DeepClone();
                KeepIdsOfExpandableFields(member);
                keptKind[parts[1]] = member;
                pending.Enqueue(member);
            }
        }

        var subset = (JsonObject)document.DeepClone();
        subset["paths"] = paths;
        subset["components"] = kept;
        return subset;
    }

    private static bool Selects(string pattern, string template) =>
        pattern.EndsWith("/**", StringComparison.Ordinal)
            ? template == pattern[..^3] || template.StartsWith(pattern[..^2], StringComparison.Ordinal)
            : template == pattern;

    /// <summary>An expandable field (<c>anyOf</c> with <c>x-expansionResources</c>) keeps its alternatives that are no reference: the ID.</summary>
    private static void KeepIdsOfExpandableFields(JsonNode node)
    {
        switch (node)
        {
            case JsonObject map:
                if (map.ContainsKey("x-expansionResources") && map["anyOf"] is JsonArray alternatives)
                {
                    foreach (var reference in alternatives.OfType<JsonObject>().Where(a => a.ContainsKey("$ref")).ToList())
                    {
                        alternatives.Remove(reference);
                    }

                    map.Remove("x-expansionResources");
                }

                foreach (var (_, value) in map)
                {
                    if (value is not null)
                    {
                        KeepIdsOfExpandableFields(value);
                    }
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    if (item is not null)
                    {
                        KeepIdsOfExpandableFields(item);
                    }
                }

                break;
        }
    }

    /// <summary>The component references in a node, extensions left out (they are documentation).</summary>
    private static IEnumerable<string> References(JsonNode node)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    if (key == "$ref" && value is JsonValue text && text.TryGetValue<string>(out var reference) && reference.StartsWith(ComponentsPrefix, StringComparison.Ordinal))
                    {
                        yield return reference;
                    }
                    else if (value is not null && !key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        foreach (var inner in References(value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray list:
                foreach (var item in list.Where(i => i is not null))
                {
                    foreach (var inner in References(item!))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static JsonObject ReadYaml(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return YamlConverter.ToJsonNode(stream.Documents[0])!.AsObject();
    }
}
