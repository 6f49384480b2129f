using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ConferenceGen.Generator.Reading.Bundling;

/// <summary>
/// Finds, for one file of a spec folder, whether it is a spec of its own and which other files it refers to. Runs
/// once per file and again only when that file changes, so it is kept cheap: a file whose text shows no
/// <c>$ref</c> to another file and whose top-level <c>openapi</c> or <c>swagger</c> key can be seen without parsing
/// (every ordinary spec) is never parsed here.
/// </summary>
internal static class ReferenceScanner
{
    // A $ref whose value does not start with '#': possibly a file. Conservative: quoting, line breaks before the value.
    // What comes before the value (spaces, a folded or literal block's >- or |, a quote) is taken atomically, so that
    // a quoted '#/…' (or Stripe's `$ref: >-` and '#/…' on the next line) is never read as a value starting elsewhere.
    private static readonly Regex MaybeFileReference = new(@"\$ref[""']?\s*:(?>\s*(?:[>|][+-]?\s*)?[""']?)(?!#)\S", RegexOptions.CultureInvariant);

    // A top-level key of block YAML sits at column 0 (inside a block scalar a line is indented).
    private static readonly Regex YamlDocumentKey = new(@"^[""']?(?:openapi|swagger)[""']?\s*:", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    public static ReferenceScan Scan(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.IndexOf('\0') >= 0)
        {
            return ReferenceScan.Unreadable;
        }

        var isJson = SpecReader.LooksLikeJson(text);
        var mayRefer = MaybeFileReference.IsMatch(text);
        if (!mayRefer && (isJson ? JsonHasDocumentKey(text) : YamlDocumentKey.IsMatch(text)))
        {
            return new ReferenceScan(true, true, EquatableArray<string>.Empty);
        }

        JsonNode root;
        try
        {
            root = SpecReader.ToTree(text, isJson);
        }
        catch (Exception)
        {
            return ReferenceScan.Unreadable;
        }

        var references = new List<string>();
        if (mayRefer)
        {
            Collect(root, references, 0);
        }

        var isDocument = root is JsonObject map && (map.ContainsKey("openapi") || map.ContainsKey("swagger"));
        return new ReferenceScan(true, isDocument, references.Distinct(StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>The file parts of the <c>$ref</c>s under a node, leaving extensions alone (their <c>$ref</c>s are data).</summary>
    private static void Collect(JsonNode? node, List<string> references, int depth)
    {
        if (depth > 512)
        {
            return;
        }

        switch (node)
        {
            case JsonObject map:
                foreach (var entry in map)
                {
                    if (entry.Key == "$ref" && entry.Value is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                    {
                        var reference = ReferenceText.Parse(value.GetValue<string>());
                        if (reference.File is { } file)
                        {
                            references.Add(file);
                        }
                    }
                    else if (!entry.Key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        Collect(entry.Value, references, depth + 1);
                    }
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    Collect(item, references, depth + 1);
                }

                break;
        }
    }

    /// <summary>Whether the JSON's root object has an <c>openapi</c> or <c>swagger</c> key, read token by token without building a tree.</summary>
    private static bool JsonHasDocumentKey(string text)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("openapi") || reader.ValueTextEquals("swagger"))
                {
                    return true;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not readable this way: the full parse decides.
        }

        return false;
    }
}
