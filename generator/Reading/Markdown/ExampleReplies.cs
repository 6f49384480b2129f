using System.Text.Json.Nodes;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// The responses of a derived operation, from the replies a reference page's examples show: one per status code
/// (the first example of each stands), its body's schema inferred from the example body.
/// </summary>
internal static class ExampleReplies
{
    // Deeper example bodies are typed as any value from there on.
    private const int MaxDepth = 16;

    /// <summary>The operation's responses, each recorded in the map at the line of its status.</summary>
    public static JsonObject Responses(ReferencePage page, string path, string operationPointer, DerivedSourceMap map)
    {
        var responses = new JsonObject();
        foreach (var (status, body, line) in page.Replies)
        {
            var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (responses.ContainsKey(code))
            {
                continue;
            }

            var response = new JsonObject { ["description"] = Reason(status) };
            if (body is not null && ExampleBodies.ParseJson(body) is { } example)
            {
                response["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = ExampleSchema(example, 0) } };
            }

            map.Record(operationPointer + "/responses/" + code, line.Location(path));
            responses[code] = response;
        }

        if (responses.Count == 0)
        {
            // The page shows no reply: any 2xx is success, without a body to read.
            responses["2XX"] = new JsonObject { ["description"] = "Success (the page shows no reply)" };
        }

        return responses;
    }

    /// <summary>A schema that the example reply fits: its properties, each typed by its value.</summary>
    private static JsonObject ExampleSchema(JsonNode? value, int depth)
    {
        if (value is JsonObject map && depth < MaxDepth)
        {
            var properties = new JsonObject();
            foreach (var property in map)
            {
                properties[property.Key] = ExampleSchema(property.Value, depth + 1);
            }

            return new JsonObject { ["type"] = "object", ["properties"] = properties };
        }

        if (value is JsonArray list && depth < MaxDepth)
        {
            return new JsonObject { ["type"] = "array", ["items"] = list.Count > 0 ? ExampleSchema(list[0], depth + 1) : new JsonObject() };
        }

        return value is null ? new JsonObject() : ParameterType.OfValue(value).Schema;
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        _ => "Status " + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
