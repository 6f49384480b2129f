using System.Text.Json.Nodes;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>One OpenAPI document taken from a page, as a tree, with the map back to the page's lines.</summary>
internal sealed record MarkdownPart(string Path, JsonObject Document, ISourceMap Map)
{
    /// <summary>The document's <c>info.title</c>, or empty.</summary>
    public string Title => (Document["info"] as JsonObject)?["title"] is JsonValue title && title.TryGetValue<string>(out var text) ? text.Trim() : string.Empty;

    /// <summary>The document's first server URL (Swagger 2.0: its host and base path), or empty.</summary>
    public string Server
    {
        get
        {
            if (Document["servers"] is JsonArray { Count: > 0 } servers && servers[0] is JsonObject first && first["url"] is JsonValue url && url.TryGetValue<string>(out var text))
            {
                return text.Trim().TrimEnd('/');
            }

            return Document["host"] is JsonValue host && host.TryGetValue<string>(out var name)
                ? (name + ((Document["basePath"] as JsonValue)?.TryGetValue<string>(out var basePath) == true ? basePath : string.Empty)).TrimEnd('/')
                : string.Empty;
        }
    }
}
