using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

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
