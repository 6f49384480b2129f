using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// Derives the OpenAPI document a reference page describes: one operation, its path and query parameters, a
/// request body from the parameters table, the credentials the page names, and the replies its examples show.
/// Each part is recorded in a source map at the page text it came from, and each guess is a note there.
/// </summary>
internal sealed class ReferenceDocument
{
    private static readonly HashSet<string> BodylessMethods = new(StringComparer.Ordinal) { "GET", "DELETE", "HEAD", "OPTIONS" };

    private readonly string _path;
    private readonly ReferencePage _page;
    private readonly List<MarkdownNote> _notes;
    private readonly DerivedSourceMap _map;

    // Each example's JSON body, parsed once (null when it sends none, or no JSON).
    private readonly List<(JsonNode? Body, ReferenceExample Example)> _bodies;

    private ReferenceDocument(string path, ReferencePage page, List<MarkdownNote> notes)
    {
        _path = path;
        _page = page;
        _notes = notes;
        _map = new DerivedSourceMap(path, Whole(page.Title.Line));
        _bodies = page.Examples.Select(example => (JsonBody(example), example)).ToList();
    }

    public static MarkdownPart Derive(string path, ReferencePage page, List<MarkdownNote> notes) => new ReferenceDocument(path, page, notes).Build();

    private MarkdownPart Build()
    {
        var (server, route) = SplitUrl(_page.Url);
        var requestLine = Whole(_page.Request);
        var operationPointer = "#/paths/" + Pointer.Escape(route) + "/" + _page.Method.ToLowerInvariant();
        _map.Record("#/paths/" + Pointer.Escape(route), requestLine);
        _map.Record(operationPointer, requestLine);
        _map.Record("#/servers", UrlSpan());
        _map.Record("#/info", Whole(_page.Title.Line));

        var operationId = OperationId();
        var operation = new JsonObject
        {
            ["operationId"] = operationId,
            ["summary"] = _page.Title.Text,
        };
        if (_page.Description.Length > 0)
        {
            operation["description"] = _page.Description;
        }

        var rows = Rows();
        var parameters = new JsonArray();
        foreach (var name in Placeholders(route))
        {
            var row = rows.FirstOrDefault(r => r.Name == name);
            var place = row?.Place ?? UrlSpan();
            var parameter = new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true };
            if (row?.Description.Length > 0)
            {
                parameter["description"] = row.Description;
            }

            parameter["schema"] = TypeOf(name, row, place, "path parameter").Schema.DeepClone();
            _map.Record(operationPointer + "/parameters/" + parameters.Count, place);
            parameters.Add(parameter);
        }

        var fields = rows.Where(r => !Placeholders(route).Contains(r.Name)).ToList();
        var bodyless = BodylessMethods.Contains(_page.Method);
        if (bodyless)
        {
            foreach (var row in fields)
            {
                var parameter = new JsonObject { ["name"] = row.Name, ["in"] = "query" };
                if (row.Required)
                {
                    parameter["required"] = true;
                }

                if (row.Description.Length > 0)
                {
                    parameter["description"] = row.Description;
                }

                parameter["schema"] = TypeOf(row.Name, row, row.Place, "parameter").Schema.DeepClone();
                _map.Record(operationPointer + "/parameters/" + parameters.Count, row.Place);
                parameters.Add(parameter);
            }
        }

        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        var components = new JsonObject();
        if (!bodyless && fields.Count > 0)
        {
            var schemaName = Words.Pascal(operationId) + "Request";
            var schemaPointer = "#/components/schemas/" + Pointer.Escape(schemaName);
            var tablePlace = Whole(_page.Parameters!.HeaderLine);
            _map.Record(schemaPointer, tablePlace);
            _map.Record(operationPointer + "/requestBody", tablePlace);
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { [MediaType()] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = schemaPointer } } },
            };
            components["schemas"] = new JsonObject { [schemaName] = BodySchema(fields, schemaPointer) };
        }

        operation["responses"] = Responses(operationPointer);

        var document = new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = Host(server), ["version"] = Version(route) },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = server }),
        };

        if (_page.Authentication is { } authentication)
        {
            var scheme = authentication.Scheme == "bearer" ? "Bearer" : "Basic";
            var place = Whole(authentication.Line);
            _map.Record("#/security", place);
            _map.Record("#/components/securitySchemes/" + scheme, place);
            document["security"] = new JsonArray(new JsonObject { [scheme] = new JsonArray() });
            components["securitySchemes"] = new JsonObject { [scheme] = new JsonObject { ["type"] = "http", ["scheme"] = authentication.Scheme } };
        }

        document["paths"] = new JsonObject { [route] = new JsonObject { [_page.Method.ToLowerInvariant()] = operation } };
        if (components.Count > 0)
        {
            document["components"] = components;
        }

        return new MarkdownPart(_path, document, _map);
    }

    private JsonObject BodySchema(List<Row> fields, string schemaPointer)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var row in fields)
        {
            if (properties.ContainsKey(row.Name))
            {
                continue;
            }

            var property = TypeOf(row.Name, row, row.Place, "parameter").Schema.DeepClone().AsObject();
            if (row.Description.Length > 0)
            {
                property["description"] = row.Description;
            }

            _map.Record(schemaPointer + "/properties/" + Pointer.Escape(row.Name), row.Place);
            properties[row.Name] = property;
            if (row.Required)
            {
                required.Add(row.Name);
            }
        }

        var schema = new JsonObject { ["type"] = "object", ["description"] = "The parameters of " + _page.Title.Text + ".", ["properties"] = properties };
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        return schema;
    }

    /// <summary>
    /// A Type column names the type; without one, a description that states a type decides, then the examples'
    /// values, then string. An example that sends another type than the documented one is reported; the
    /// documented type is kept, since it is the contract the vendor states.
    /// </summary>
    private ParameterType TypeOf(string name, Row? row, SpecLocation place, string what)
    {
        var example = ExampleValue(name);
        var exampleType = example is null ? null : ParameterType.OfValue(example.Value.Value);
        if (row?.Type is { } column)
        {
            Disagreement(name, example, exampleType, column, place);
            return column;
        }

        var described = row is null ? null : DescribedType.Of(name, row.Description);
        if (described is { } stated)
        {
            Disagreement(name, example, exampleType, stated.Type, place);
            _notes.Add(new MarkdownNote(MarkdownNoteKind.TypeInferred, place, name, stated.Type.Name, stated.Reason));
            return stated.Type;
        }

        if (exampleType is not null)
        {
            _notes.Add(new MarkdownNote(MarkdownNoteKind.TypeInferred, place, name, exampleType.Name, "the value an example sends (" + example!.Value.Title + ")"));
            return exampleType;
        }

        _notes.Add(new MarkdownNote(MarkdownNoteKind.TypeInferred, place, name, "string", "nothing on the page (no Type column, example or telling description for this " + what + ")"));
        return ParameterType.String;
    }

    private void Disagreement(string name, (JsonNode? Value, string Title)? example, ParameterType? exampleType, ParameterType documented, SpecLocation place)
    {
        if (example is { } sent && exampleType is not null && exampleType.Kind != documented.Kind && !(exampleType.Kind == "integer" && documented.Kind == "number"))
        {
            _notes.Add(new MarkdownNote(MarkdownNoteKind.ExampleDisagrees, place, name, sent.Value?.ToJsonString() ?? "null", sent.Title, documented.Name));
        }
    }

    /// <summary>The first value an example's JSON body gives the field, with the example's title.</summary>
    private (JsonNode? Value, string Title)? ExampleValue(string name)
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

    private static JsonNode? JsonBody(ReferenceExample example)
    {
        var data = example.Curl.Data?.Trim();
        if (example.Curl.UrlEncoded || string.IsNullOrEmpty(data) || (data![0] != '{' && data[0] != '['))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(data, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The media type the examples send (their Content-Type), else a form for form data, else JSON.</summary>
    private string MediaType()
    {
        foreach (var example in _page.Examples)
        {
            if (example.Curl.Header("Content-Type") is { Length: > 0 } type)
            {
                return type.Split(';')[0].Trim().ToLowerInvariant();
            }
        }

        var formData = _bodies.Any(e => e.Example.Curl.UrlEncoded || (e.Body is null && !string.IsNullOrWhiteSpace(e.Example.Curl.Data)));
        return formData ? "application/x-www-form-urlencoded" : "application/json";
    }

    private JsonObject Responses(string operationPointer)
    {
        var responses = new JsonObject();
        foreach (var (status, body, line) in _page.Replies)
        {
            var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (responses.ContainsKey(code))
            {
                continue;
            }

            var response = new JsonObject { ["description"] = Reason(status) };
            if (body is not null && ParseJson(body) is { } example)
            {
                response["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = ExampleSchema(example, 0) } };
            }

            _map.Record(operationPointer + "/responses/" + code, Whole(line));
            responses[code] = response;
        }

        if (responses.Count == 0)
        {
            // The page shows no reply: any 2xx is success, without a body to read.
            responses["2XX"] = new JsonObject { ["description"] = "Success (the page shows no reply)" };
        }

        return responses;
    }

    private static JsonNode? ParseJson(string text)
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

    /// <summary>A schema that the example reply fits: its properties, each typed by its value.</summary>
    private static JsonObject ExampleSchema(JsonNode? value, int depth)
    {
        if (value is JsonObject map && depth < 16)
        {
            var properties = new JsonObject();
            foreach (var property in map)
            {
                properties[property.Key] = ExampleSchema(property.Value, depth + 1);
            }

            return new JsonObject { ["type"] = "object", ["properties"] = properties };
        }

        if (value is JsonArray list && depth < 16)
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

    /// <summary>
    /// The operation's name: the method the page's SDK examples call in most languages when it names what the
    /// title names (<c>modifyConference</c> on a page titled "Update Conference"), else the title in camel case.
    /// </summary>
    private string OperationId()
    {
        var titleWords = Words.Split(_page.Title.Text);
        var subject = titleWords.Count > 0 ? titleWords[titleWords.Count - 1].ToLowerInvariant() : string.Empty;
        var call = _page.SdkCalls
            .Where(c => c.Blocks >= 2 && subject.Length > 0 && ReferencePage.Normalized(c.Name).EndsWith(subject, StringComparison.Ordinal))
            .OrderByDescending(c => c.Blocks)
            .Select(c => c.Name)
            .FirstOrDefault();
        return Words.Camel(call is null ? _page.Title.Text : Words.StripAsync(call), "operation");
    }

    private List<Row> Rows()
    {
        var rows = new List<Row>();
        var table = _page.Parameters;
        if (table is null)
        {
            return rows;
        }

        var nameColumn = table.Column("Parameter", "Name", "Field");
        var descriptionColumn = table.Column("Description");
        var requiredColumn = table.Column("Mandatory", "Required");
        var typeColumn = table.Column("Type");
        foreach (var row in table.Rows)
        {
            var name = Words.CodeText(row.Cell(nameColumn));
            if (name.Length == 0)
            {
                continue;
            }

            var required = Words.IsYes(row.Cell(requiredColumn));
            var typeText = row.Cell(typeColumn);
            var type = typeText.Length == 0 ? null : ParameterType.Named(typeText);
            if (typeText.Length > 0 && type is null)
            {
                _notes.Add(new MarkdownNote(MarkdownNoteKind.TypeInferred, Whole(row.Line), name, "string", "nothing the reader knows (the Type column says '" + typeText + "')"));
                type = ParameterType.String;
            }

            rows.Add(new Row(name, Words.Description(row.Cell(descriptionColumn)), required, type, Whole(row.Line)));
        }

        return rows;
    }

    private static List<string> Placeholders(string route)
    {
        var names = new List<string>();
        var at = 0;
        while ((at = route.IndexOf('{', at)) >= 0)
        {
            var end = route.IndexOf('}', at);
            if (end < 0)
            {
                break;
            }

            var name = route.Substring(at + 1, end - at - 1);
            if (name.Length > 0 && !names.Contains(name))
            {
                names.Add(name);
            }

            at = end;
        }

        return names;
    }

    /// <summary>The URL's origin as the server, and the rest as the path (at least "/").</summary>
    private static (string Server, string Route) SplitUrl(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var slash = scheme < 0 ? -1 : url.IndexOf('/', scheme + 3);
        var query = url.IndexOfAny(new[] { '?', '#' });
        var withoutQuery = query < 0 ? url : url.Substring(0, query);
        if (slash < 0 || (query >= 0 && slash > query))
        {
            return (withoutQuery, "/");
        }

        return (withoutQuery.Substring(0, slash), withoutQuery.Substring(slash));
    }

    private static string Host(string server)
    {
        var scheme = server.IndexOf("://", StringComparison.Ordinal);
        return scheme < 0 ? server : server.Substring(scheme + 3);
    }

    /// <summary>The API version the path names (<c>/api/v2/…</c> → v2), else "1".</summary>
    private static string Version(string route)
    {
        foreach (var segment in route.Split('/'))
        {
            if (segment.Length >= 2 && (segment[0] == 'v' || segment[0] == 'V') && segment.Substring(1).All(char.IsDigit))
            {
                return segment.ToLowerInvariant();
            }
        }

        return "1";
    }

    private SpecLocation UrlSpan()
    {
        var line = _page.Request;
        var start = line.Start + _page.UrlColumn;
        return new SpecLocation(_path, start, _page.Url.Length, line.Number, _page.UrlColumn, line.Number, _page.UrlColumn + _page.Url.Length);
    }

    private SpecLocation Whole(MarkdownLine line) => new(_path, line.Start, line.Text.Length, line.Number, 0, line.Number, line.Text.Length);

    private sealed record Row(string Name, string Description, bool Required, ParameterType? Type, SpecLocation Place);
}
