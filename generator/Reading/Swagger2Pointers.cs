using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// Swagger 2.0 pointers in terms of the OpenAPI 3 document OpenAPI.NET reads a 2.0 spec into: <c>definitions</c>
/// are component schemas, and a response's <c>schema</c> is the schema of each media type it is offered in.
/// Parameter lists lose their body and form parameters on the way, so an index into one names nothing.
/// </summary>
internal static class Swagger2Pointers
{
    private static readonly Dictionary<string, string> Components = new()
    {
        ["definitions"] = "schemas",
        ["parameters"] = "parameters",
        ["responses"] = "responses",
    };

    /// <summary>The places in the read document a 2.0 pointer names: one, or one per media type for a response's schema.</summary>
    public static IEnumerable<IReadOnlyList<string>> InDocument(OpenApiDocument document, IReadOnlyList<string> segments)
    {
        var path = segments.Count > 0 && Components.TryGetValue(segments[0], out var kind)
            ? new[] { "components", kind }.Concat(segments.Skip(1)).ToList()
            : segments.ToList();
        var inParameterList = path.Count > 3 && path[0] == "paths" && (path[2] == "parameters" || (path.Count > 4 && path[3] == "parameters"));
        if (inParameterList)
        {
            yield break;
        }

        // components/responses/R/schema or paths/P/get/responses/200/schema.
        var schemaAt = path.Count > 3 && path[0] == "components" && path[1] == "responses" ? 3
            : path.Count > 5 && path[0] == "paths" && path[3] == "responses" ? 5
            : -1;
        if (schemaAt < 0 || path[schemaAt] != "schema")
        {
            yield return path;
            yield break;
        }

        var response = DocumentPointer.Find(document, path.Take(schemaAt).ToList()) as IOpenApiResponse;
        foreach (var mediaType in response?.Content?.Keys ?? Enumerable.Empty<string>())
        {
            yield return path.Take(schemaAt).Concat(new[] { "content", mediaType }).Concat(path.Skip(schemaAt)).ToList();
        }
    }
}
