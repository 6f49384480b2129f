using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// The responses of a derived operation: the replies a rendered page documents (a status and its attributes), and
/// those its examples show (a status line and a JSON body, or a "Response example (200)"), one per status code (the
/// first of each stands). A reply's schema is its attributes, with the properties only its example shows added (a
/// saved page may lose an attribute's name but keep it in the example); without attributes, it is the example's.
/// </summary>
internal static class ExampleReplies
{
    // Deeper example bodies are typed as any value from there on.
    private const int MaxDepth = 16;

    /// <summary>The operation's responses, each recorded in the map at the line of its status.</summary>
    public static JsonObject Responses(ReferencePage page, string path, string operationPointer, DerivedSourceMap map)
    {
        var responses = new JsonObject();
        var examples = page.Rendered.ResponseExamples;
        var firstStatus = page.Rendered.Responses.Select(r => r.Status).FirstOrDefault(s => s is not null)
            ?? examples.Where(e => e.Status is not null).Select(e => e.Status!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault()
            ?? "200";

        foreach (var rendered in page.Rendered.Responses)
        {
            var code = rendered.Status ?? firstStatus;
            if (responses.ContainsKey(code))
            {
                continue;
            }

            var schema = rendered.Entries.Count > 0 ? AttributesSchema(rendered) : null;
            var example = ExampleFor(code, firstStatus, examples);
            if (example is not null)
            {
                schema = schema is null ? ExampleSchema(example) : WithExampleProperties(schema, ExampleSchema(example));
            }

            responses[code] = Response(rendered.Description.Length > 0 ? rendered.Description : Reason(code), schema);
            map.Record(operationPointer + "/responses/" + code, rendered.Line.Location(path));
        }

        foreach (var (status, body, line) in page.Replies)
        {
            var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (responses.ContainsKey(code))
            {
                continue;
            }

            responses[code] = Response(Reason(code), body is not null && ExampleBodies.ParseJson(body) is { } example ? ExampleSchema(example) : null);
            map.Record(operationPointer + "/responses/" + code, line.Location(path));
        }

        foreach (var (status, json, line) in examples)
        {
            var code = status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? firstStatus;
            if (!responses.ContainsKey(code) && ExampleBodies.ParseJson(json) is { } example)
            {
                responses[code] = Response(Reason(code), ExampleSchema(example));
                map.Record(operationPointer + "/responses/" + code, line.Location(path));
            }
        }

        if (responses.Count == 0)
        {
            // The page shows no reply: any 2xx is success, without a body to read.
            responses["2XX"] = new JsonObject { ["description"] = "Success (the page shows no reply)" };
        }

        return responses;
    }

    private static JsonObject Response(string description, JsonObject? schema)
    {
        var response = new JsonObject { ["description"] = description };
        if (schema is not null)
        {
            response["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } };
        }

        return response;
    }

    private static JsonObject AttributesSchema(RenderedResponse response)
    {
        var schema = new JsonObject { ["type"] = "object", ["properties"] = RenderedEntry.Properties(response.Entries, out var required) };
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        return schema;
    }

    /// <summary>The example of a status: the one named with it, or (for the page's first status) one named with none.</summary>
    private static JsonNode? ExampleFor(string code, string firstStatus, List<(int? Status, string Json, MarkdownLine Line)> examples)
    {
        foreach (var (status, json, _) in examples)
        {
            var named = status?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if ((named == code || (named is null && code == firstStatus)) && ExampleBodies.ParseJson(json) is { } example)
            {
                return example;
            }
        }

        return null;
    }

    // The attributes stand; what only the example has is added.
    private static JsonObject WithExampleProperties(JsonObject schema, JsonObject fromExample)
    {
        if (schema["properties"] is JsonObject properties && fromExample["properties"] is JsonObject extra)
        {
            foreach (var property in extra.ToList())
            {
                if (!properties.ContainsKey(property.Key))
                {
                    properties[property.Key] = property.Value?.DeepClone();
                }
            }
        }

        return schema;
    }

    /// <summary>A schema that the example reply fits: its properties, each typed by its value.</summary>
    internal static JsonObject ExampleSchema(JsonNode? value, int depth = 0)
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

    private static string Reason(string status) => status switch
    {
        "200" => "OK",
        "201" => "Created",
        "202" => "Accepted",
        "204" => "No Content",
        _ => "Status " + status,
    };
}
