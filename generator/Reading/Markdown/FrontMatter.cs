using System;
using System.Collections.Generic;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// A front matter block at the top of a page — a line <c>---</c>, lines <c>key: value</c>, a line <c>---</c> —
/// where a user supplies what a saved reference page lacks (<c>method: POST</c>, <c>path: /accounts/{id}</c>,
/// <c>server: https://api.example.com</c>, <c>mediaType: application/json</c>, <c>auth: basic</c>).
/// </summary>
internal sealed record FrontMatter(PageRequest Request, int EndLine, MarkdownLine Opening)
{
    /// <summary>The page's front matter, or null when its first line is not <c>---</c> or the block is not closed.</summary>
    public static FrontMatter? Read(MarkdownOutline outline)
    {
        var lines = outline.Lines;
        if (lines.Count == 0 || lines[0].Text.Trim() != "---")
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Count && i < 100; i++)
        {
            var text = lines[i].Text.Trim();
            if (text is "---" or "...")
            {
                return new FrontMatter(PageRequest.From(key => values.TryGetValue(key, out var value) ? value : null), i + 1, lines[0]);
            }

            var colon = text.IndexOf(':');
            if (colon > 0 && !text.StartsWith("#", StringComparison.Ordinal))
            {
                values[text.Substring(0, colon).Trim()] = text.Substring(colon + 1).Trim().Trim('"', '\'');
            }
        }

        return null;
    }

    /// <summary>The block's first line, where problems of what it says are reported.</summary>
    public SpecLocation Place(string path) => Opening.Location(path);
}
