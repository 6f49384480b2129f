using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// What a reference page's curl examples send: each example's JSON body, parsed once (null when it sends none, or
/// no JSON), the first value they give a field, and the media type they send.
/// </summary>
internal sealed class ExampleBodies
{
    private readonly IReadOnlyList<ReferenceExample> _examples;
    private readonly List<(JsonNode? Body, ReferenceExample Example)> _bodies;

    public ExampleBodies(IReadOnlyList<ReferenceExample> examples)
    {
        _examples = examples;
        _bodies = examples.Select(example => (JsonBody(example), example)).ToList();
    }

    /// <summary>The first value an example's JSON body gives the field, with the example's title.</summary>
    public (JsonNode? Value, string Title)? ValueOf(string name)
    {
        foreach (var (parsed, example) in _bodies)
        {
            if (parsed is JsonObject body && body.TryGetPropertyValue(name, out var value))
            {
                return (value, example.Title);
            }
        }

        return null;
    }

    /// <summary>The media type the examples send (their Content-Type), else a form for form data, else JSON.</summary>
    public string MediaType()
    {
        foreach (var example in _examples)
        {
            if (example.Curl.Header("Content-Type") is { Length: > 0 } type)
            {
                return type.Split(';')[0].Trim().ToLowerInvariant();
            }
        }

        var formData = _bodies.Any(e => e.Example.Curl.UrlEncoded || (e.Body is null && !string.IsNullOrWhiteSpace(e.Example.Curl.Data)));
        return formData ? "application/x-www-form-urlencoded" : "application/json";
    }

    /// <summary>JSON a page shows (a body sent or a reply), or null when it is no JSON.</summary>
    public static JsonNode? ParseJson(string text)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonNode? JsonBody(ReferenceExample example)
    {
        var data = example.Curl.Data?.Trim();
        if (example.Curl.UrlEncoded || string.IsNullOrEmpty(data) || (data![0] != '{' && data[0] != '['))
        {
            return null;
        }

        return ParseJson(data);
    }
}
