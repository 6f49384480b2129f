using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// Derives the OpenAPI document a reference page describes: one operation, its path and query parameters, a
/// request body from the parameters table, the credentials the page names, and the replies its examples show.
/// Each part is recorded in a source map at the page text it came from, and each guess is a note there. The
/// table's rows (<see cref="ParameterRow"/>), their types (<see cref="ParameterTyping"/>) and the replies
/// (<see cref="ExampleReplies"/>) are read elsewhere; this puts them together.
/// </summary>
internal sealed class ReferenceDocument
{
    private static readonly HashSet<string> BodylessMethods = new(StringComparer.Ordinal) { "GET", "DELETE", "HEAD", "OPTIONS" };

    private readonly string _path;
    private readonly ReferencePage _page;
    private readonly List<MarkdownNote> _notes;
    private readonly DerivedSourceMap _map;
    private readonly ExampleBodies _examples;
    private readonly ParameterTyping _typing;

    private ReferenceDocument(string path, ReferencePage page, List<MarkdownNote> notes)
    {
        _path = path;
        _page = page;
        _notes = notes;
        _map = new DerivedSourceMap(path, page.Title.Line.Location(path));
        _examples = new ExampleBodies(
            page.Examples.Select(e => (e.Curl, e.Title)).Concat(page.Rendered.Curls.Select(c => (c.Curl, page.Title.Text))),
            page.Rendered.RequestExamples.Select(e => (e.Json, "Request example")));
        _typing = new ParameterTyping(_examples, notes);
    }

    /// <summary>The page's document; null when the page does not say its method and path (a note says what to add).</summary>
    public static MarkdownPart? Derive(string path, ReferencePage page, List<MarkdownNote> notes) => new ReferenceDocument(path, page, notes).Build();

    private MarkdownPart? Build()
    {
        if (_page.Method is not { } method || _page.Route is not { } route)
        {
            Incomplete();
            return null;
        }

        var requestLine = (_page.Request ?? _page.FrontMatter?.Opening ?? _page.Title.Line).Location(_path);
        var operationPointer = "#/paths/" + Pointer.Escape(route) + "/" + method.ToLowerInvariant();
        _map.Record("#/paths/" + Pointer.Escape(route), requestLine);
        _map.Record(operationPointer, requestLine);
        _map.Record("#/servers", UrlSpan());
        _map.Record("#/info", _page.Title.Line.Location(_path));

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

        var rows = ParameterRow.Read(_path, _page.Parameters, _notes).Concat(ParameterRow.Of(_path, _page.Rendered)).ToList();
        var placeholders = new ReferenceUrl(string.Empty, route).Placeholders();
        var parameters = new JsonArray();
        foreach (var name in placeholders)
        {
            var row = rows.FirstOrDefault(r => r.Name == name && r.In is null or "path");
            var place = row?.Place ?? UrlSpan();
            var parameter = new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true };
            if (row?.Description.Length > 0)
            {
                parameter["description"] = row.Description;
            }

            parameter["schema"] = _typing.TypeOf(name, row, place, "path parameter").Schema.DeepClone();
            _map.Record(operationPointer + "/parameters/" + parameters.Count, place);
            parameters.Add(parameter);
        }

        var fields = rows.Where(r => !(placeholders.Contains(r.Name) && r.In is null or "path") && r.In is null or "body").ToList();
        var bodyless = BodylessMethods.Contains(method);
        var located = rows.Where(r => r.In is "query" or "header" or "cookie").ToList();
        // Table rows of a GET (DELETE, HEAD) are its query; a rendered page's groups say where each goes.
        foreach (var row in (bodyless ? fields.Where(r => r.In is null) : Enumerable.Empty<ParameterRow>()).Concat(located))
        {
            var parameter = new JsonObject { ["name"] = row.Name, ["in"] = row.In ?? "query" };
            if (row.Required)
            {
                parameter["required"] = true;
            }

            if (row.Description.Length > 0)
            {
                parameter["description"] = row.Description;
            }

            parameter["schema"] = _typing.TypeOf(row.Name, row, row.Place, "parameter").Schema.DeepClone();
            _map.Record(operationPointer + "/parameters/" + parameters.Count, row.Place);
            parameters.Add(parameter);
        }

        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        var components = new JsonObject();
        if (bodyless)
        {
            fields = fields.Where(r => r.In == "body").ToList();
        }

        if (fields.Count > 0)
        {
            var schemaName = Words.Pascal(operationId) + "Request";
            var schemaPointer = "#/components/schemas/" + Pointer.Escape(schemaName);
            var tablePlace = fields[0].In is null && _page.Parameters is { } table
                ? table.HeaderLine.Location(_path)
                : _page.Rendered.Groups.Where(g => g.In == "body").Select(g => g.Line.Location(_path)).DefaultIfEmpty(fields[0].Place).First();
            _map.Record(schemaPointer, tablePlace);
            _map.Record(operationPointer + "/requestBody", tablePlace);
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { [MediaType()] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = schemaPointer } } },
            };
            components["schemas"] = new JsonObject { [schemaName] = BodySchema(fields, schemaPointer) };
        }

        operation["responses"] = ExampleReplies.Responses(_page, _path, operationPointer, _map);

        var url = new ReferenceUrl(_page.Server ?? string.Empty, route);
        var document = new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = _page.Server is null ? _page.Title.Text : url.Host, ["version"] = url.Version },
        };
        if (_page.Server is { } server)
        {
            document["servers"] = new JsonArray(new JsonObject { ["url"] = server });
        }

        if (_page.Authentication is { } authentication)
        {
            var scheme = authentication.Scheme == "bearer" ? "Bearer" : "Basic";
            var place = authentication.Line.Location(_path);
            _map.Record("#/security", place);
            _map.Record("#/components/securitySchemes/" + scheme, place);
            document["security"] = new JsonArray(new JsonObject { [scheme] = new JsonArray() });
            components["securitySchemes"] = new JsonObject { [scheme] = new JsonObject { ["type"] = "http", ["scheme"] = authentication.Scheme } };
        }

        document["paths"] = new JsonObject { [route] = new JsonObject { [method.ToLowerInvariant()] = operation } };
        if (components.Count > 0)
        {
            document["components"] = components;
        }

        if (_page.Server is null || (fields.Count > 0 && _mediaTypeAssumed))
        {
            Incomplete();
        }

        return new MarkdownPart(_path, document, _map);
    }

    private bool _mediaTypeAssumed;

    /// <summary>The body's media type: as the front matter or metadata says, else a line of the page, else the curl examples; JSON when none says.</summary>
    private string MediaType()
    {
        var said = _page.Given.MediaType ?? _page.Rendered.MediaType?.MediaType ?? _examples.MediaType();
        _mediaTypeAssumed = said is null;
        return said ?? "application/json";
    }

    /// <summary>
    /// The note that says what the page lacks and how to add it: its method and path (nothing is generated without
    /// them), its server, the media type of its body; and, when it says nothing of credentials, that it may need them.
    /// </summary>
    private void Incomplete()
    {
        var missing = new List<string>();
        var keys = new List<string>();
        if (_page.Method is null || _page.Route is null)
        {
            missing.Add("its method and path (it has no request line such as 'POST /accounts/{id}')");
            keys.Add("'method: POST'");
            keys.Add("'path: /…'");
        }

        if (_page.Server is null)
        {
            missing.Add("its server");
            keys.Add("'server: https://…'");
        }

        var hasBody = _page.Rendered.Parameters.Any(p => p.In == "body") || (_page.Parameters is not null && _page.Method is not ("GET" or "DELETE" or "HEAD" or "OPTIONS"));
        if (hasBody && _page.Given.MediaType is null && _page.Rendered.MediaType is null && _examples.MediaType() is null)
        {
            missing.Add("the media type of its request body");
            keys.Add("'mediaType: application/json' (or application/x-www-form-urlencoded)");
        }

        if (missing.Count == 0)
        {
            return;
        }

        var consequence = _page.Method is null || _page.Route is null ? "no operation is generated from it"
            : _page.Server is null ? "the client sends nowhere until its options set a BaseAddress" + (missing.Count > 1 ? ", and the body is sent as JSON" : string.Empty)
            : "the body is sent as JSON";
        if (_page.Authentication is null)
        {
            keys.Add("'auth: basic' or 'auth: bearer' if requests carry credentials (the page names none)");
        }

        var place = (_page.FrontMatter?.Opening ?? _page.Title.Line).Location(_path);
        _notes.Add(new MarkdownNote(MarkdownNoteKind.Incomplete, place, System.IO.Path.GetFileName(_path), Join(missing), consequence, Join(keys, "and")));
    }

    private static string Join(List<string> items, string last = "or") =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " " + last + " " + items[items.Count - 1];

    /// <summary>The request body: an object of the table's fields, each once, typed and recorded at its row.</summary>
    private JsonObject BodySchema(List<ParameterRow> fields, string schemaPointer)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var row in fields)
        {
            if (properties.ContainsKey(row.Name))
            {
                continue;
            }

            var property = _typing.TypeOf(row.Name, row, row.Place, "parameter").Schema.DeepClone().AsObject();
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
    /// The operation's name: the method the page's SDK examples call in most languages when it names what the
    /// title names (<c>modifyConference</c> on a page titled "Update Conference"), else the title in camel case.
    /// </summary>
    private string OperationId()
    {
        var titleWords = Words.Split(_page.Title.Text);
        var calls = _page.SdkCalls.Concat(_page.Rendered.Calls.Distinct().Select(name => (Name: name, Blocks: 1)));
        var subject = titleWords.Count > 0 ? titleWords[titleWords.Count - 1].ToLowerInvariant() : string.Empty;
        var call = calls
            .Where(c => c.Blocks >= 2 && subject.Length > 0 && ReferencePage.Normalized(c.Name).EndsWith(subject, StringComparison.Ordinal))
            .OrderByDescending(c => c.Blocks)
            .Select(c => c.Name)
            .FirstOrDefault();
        return Words.Camel(call is null ? _page.Title.Text : Words.StripAsync(call), "operation");
    }

    /// <summary>The URL (or path) on the request line; the front matter, or the title, when the page has no request line.</summary>
    private SpecLocation UrlSpan()
    {
        if (_page.Request is not { } line)
        {
            return (_page.FrontMatter?.Opening ?? _page.Title.Line).Location(_path);
        }

        var start = line.Start + _page.UrlColumn;
        return new SpecLocation(_path, start, _page.UrlLength, line.Number, _page.UrlColumn, line.Number, _page.UrlColumn + _page.UrlLength);
    }
}
