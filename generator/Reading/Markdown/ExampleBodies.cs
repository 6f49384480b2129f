using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// What a reference page's examples send: each curl example's JSON body, parsed once (null when it sends none, or
/// no JSON), and the request bodies the page shows as JSON; the first value they give a field, and the media type
/// the curl examples send.
/// </summary>
internal sealed class ExampleBodies
{
    private readonly List<(CurlCommand Curl, string Title)> _curls;
    private readonly List<(JsonNode? Body, string Title)> _bodies;

    public ExampleBodies(IEnumerable<(CurlCommand Curl, string Title)> curls, IEnumerable<(string Json, string Title)> shown)
    {
        _curls = curls.ToList();
        _bodies = _curls.Select(example => (JsonBody(example.Curl), example.Title))
            .Concat(shown.Select(example => (ParseJson(example.Json), example.Title)))
            .ToList();
    }

    /// <summary>The first value an example's JSON body gives the field, with the example's title.</summary>
    public (JsonNode? Value, string Title)? ValueOf(string name)
    {
        foreach (var (parsed, title) in _bodies)
        {
            if (parsed is JsonObject body && body.TryGetPropertyValue(name, out var value))
            {
                return (value, title);
            }
        }

        return null;
    }

    /// <summary>The media type the curl examples send (their Content-Type), else a form for form data, else JSON; null when the page has no curl example.</summary>
    public string? MediaType()
    {
        foreach (var (curl, _) in _curls)
        {
            if (curl.Header("Content-Type") is { Length: > 0 } type)
            {
                return type.Split(';')[0].Trim().ToLowerInvariant();
            }
        }

        if (_curls.Any(e => e.Curl.UrlEncoded || (JsonBody(e.Curl) is null && !string.IsNullOrWhiteSpace(e.Curl.Data))))
        {
            return "application/x-www-form-urlencoded";
        }

        return _curls.Count > 0 ? "application/json" : null;
    }

    /// <summary>JSON a page shows (a body sent or a reply), or null when it is no JSON.</summary>
    public static JsonNode? ParseJson(string text)
    {
        try
        {
            var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });

            // A key written twice would throw wherever the example is first read: it is no usable example.
            SpecReader.Materialize(node);
            return node;
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }

    private static JsonNode? JsonBody(CurlCommand curl)
    {
        var data = curl.Data?.Trim();
        if (curl.UrlEncoded || string.IsNullOrEmpty(data) || (data![0] != '{' && data[0] != '['))
        {
            return null;
        }

        return ParseJson(data);
    }
}
