using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// Finds the OpenAPI documents a page embeds: fenced <c>yaml</c>, <c>yml</c> or <c>json</c> blocks (or blocks
/// without a language) whose document has an <c>openapi</c> or <c>swagger</c> key at the top.
/// </summary>
internal static class EmbeddedOpenApi
{
    /// <summary>The parts of the page; a block that looks like a document and does not parse is a note at its place.</summary>
    public static List<MarkdownPart> Find(string path, MarkdownOutline outline, List<MarkdownNote> notes, out bool found)
    {
        var parts = new List<MarkdownPart>();
        found = false;
        foreach (var fence in outline.Fences)
        {
            if (fence.Language is not ("yaml" or "yml" or "json" or "") || !LooksLikeDocument(fence))
            {
                continue;
            }

            var content = fence.Content;
            var isJson = fence.Language == "json" || (fence.Language.Length == 0 && SpecReader.LooksLikeJson(content));
            var map = new FencedSourceMap(path, fence, isJson);
            JsonNode tree;
            try
            {
                tree = SpecReader.ToTree(content, isJson);
            }
            catch (Exception e)
            {
                found = true;
                var at = SpecReader.SyntaxErrorPosition(e) is { } position ? map.AtLine(position.Line, position.Column) : map.FileStart;
                notes.Add(new MarkdownNote(MarkdownNoteKind.UnreadableDocument, at, System.IO.Path.GetFileName(path), "the " + (isJson ? "json" : "yaml") + " block at line " + (fence.Opening.Number + 1) + ": " + e.Message));
                continue;
            }

            if (tree is JsonObject document && (document.ContainsKey("openapi") || document.ContainsKey("swagger")))
            {
                found = true;
                parts.Add(new MarkdownPart(path, document, map));
            }
        }

        return parts;
    }

    // `openapi: 3.1.0` or `"swagger": "2.0"`: the version key of a document, wherever it stands in a line.
    private static readonly Regex VersionKey = new(@"(?<fence>(?:```|~~~)\s*(?:yaml|yml|json)?\s*)?(?<key>""?(?:openapi|swagger)""?\s*:\s*['""]?[1-3]\.[0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    private static readonly Regex DocumentKey = new(@"(?:^|\s|"")(?:info|paths)""?\s*:", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// An OpenAPI document the page holds where no fenced block does, so that it cannot be read: written on one line
    /// with the rest of the page (a copy saved without its line breaks, its fence opening mid-line), or pasted without
    /// a fence. A note at its <c>openapi</c> key says why; null when the page holds none.
    /// </summary>
    public static MarkdownNote? Unreadable(string path, MarkdownOutline outline)
    {
        var prose = outline.Prose;
        for (var i = 0; i < prose.Count; i++)
        {
            var line = prose[i];
            Match version;
            try
            {
                version = VersionKey.Match(line.Text);
                if (!version.Success)
                {
                    continue;
                }

                var key = version.Groups["key"];
                var rest = line.Text.Substring(key.Index + key.Length);
                string reason;
                if (DocumentKey.IsMatch(rest))
                {
                    reason = version.Groups["fence"].Success
                        ? "its code fence opens in the middle of line " + (line.Number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " and the document runs on in that line: the page lost its line breaks (a copy saved as one line)"
                        : "it is written on one line with the text around it: the page lost its line breaks (a copy saved as one line)";
                }
                else if (key.Index == line.Text.Length - line.Text.TrimStart().Length && prose.Skip(i + 1).Take(200).Any(next => next.Number <= line.Number + 200 && DocumentKey.IsMatch(next.Text) && next.Indent == line.Indent))
                {
                    reason = "it is not inside a fenced code block (a line ```yaml before it and ``` after it)";
                }
                else
                {
                    continue;
                }

                var at = new SpecLocation(path, line.Start + key.Index, key.Length, line.Number, key.Index, line.Number, key.Index + key.Length);
                return new MarkdownNote(MarkdownNoteKind.UnreadableEmbedded, at, System.IO.Path.GetFileName(path), (line.Number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), reason);
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        return null;
    }

    // A cheap look before parsing: a top-level openapi or swagger key (YAML at the line start, JSON anywhere).
    private static bool LooksLikeDocument(MarkdownFence fence)
    {
        foreach (var line in fence.Lines)
        {
            var text = line.Text.Substring(fence.Removed(line));
            if (text.StartsWith("openapi:", StringComparison.Ordinal) || text.StartsWith("swagger:", StringComparison.Ordinal)
                || text.IndexOf("\"openapi\"", StringComparison.Ordinal) >= 0 || text.IndexOf("\"swagger\"", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
