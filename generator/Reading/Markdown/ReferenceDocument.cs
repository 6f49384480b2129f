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
        _examples = new ExampleBodies(page.Examples);
        _typing = new ParameterTyping(_examples, notes);
    }

    public static MarkdownPart Derive(string path, ReferencePage page, List<MarkdownNote> notes) => new ReferenceDocument(path, page, notes).Build();

    private MarkdownPart Build()
    {
        var url = ReferenceUrl.Split(_page.Url);
        var route = url.Route;
        var requestLine = _page.Request.Location(_path);
        var operationPointer = "#/paths/" + Pointer.Escape(route) + "/" + _page.Method.ToLowerInvariant();
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

        var rows = ParameterRow.Read(_path, _page.Parameters, _notes);
        var placeholders = url.Placeholders();
        var parameters = new JsonArray();
        foreach (var name in placeholders)
        {
            var row = rows.FirstOrDefault(r => r.Name == name);
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

        var fields = rows.Where(r => !placeholders.Contains(r.Name)).ToList();
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

                parameter["schema"] = _typing.TypeOf(row.Name, row, row.Place, "parameter").Schema.DeepClone();
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
            var tablePlace = _page.Parameters!.HeaderLine.Location(_path);
            _map.Record(schemaPointer, tablePlace);
            _map.Record(operationPointer + "/requestBody", tablePlace);
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { [_examples.MediaType()] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = schemaPointer } } },
            };
            components["schemas"] = new JsonObject { [schemaName] = BodySchema(fields, schemaPointer) };
        }

        operation["responses"] = ExampleReplies.Responses(_page, _path, operationPointer, _map);

        var document = new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = url.Host, ["version"] = url.Version },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = url.Server }),
        };

        if (_page.Authentication is { } authentication)
        {
            var scheme = authentication.Scheme == "bearer" ? "Bearer" : "Basic";
            var place = authentication.Line.Location(_path);
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
        var subject = titleWords.Count > 0 ? titleWords[titleWords.Count - 1].ToLowerInvariant() : string.Empty;
        var call = _page.SdkCalls
            .Where(c => c.Blocks >= 2 && subject.Length > 0 && ReferencePage.Normalized(c.Name).EndsWith(subject, StringComparison.Ordinal))
            .OrderByDescending(c => c.Blocks)
            .Select(c => c.Name)
            .FirstOrDefault();
        return Words.Camel(call is null ? _page.Title.Text : Words.StripAsync(call), "operation");
    }

    private SpecLocation UrlSpan()
    {
        var line = _page.Request;
        var start = line.Start + _page.UrlColumn;
        return new SpecLocation(_path, start, _page.Url.Length, line.Number, _page.UrlColumn, line.Number, _page.UrlColumn + _page.Url.Length);
    }
}
