using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// <c>$ref</c>s to any place in the document, not only to a component: <c>#/components/parameters/Limit/schema</c>,
/// <c>#/paths/~1a~1{id}/get/responses/200/content/application~1json/schema</c>, <c>#/components/schemas/A/properties/b</c>.
/// OpenAPI.NET reads one as the component named after its last segment, which is missing (or, worse, another
/// component of that name). They are found in the tree before it reads it; once it has, the object the pointer names
/// is put in their place — that very object, so that the schema catalogue gives both places one type. A pointer that
/// names nothing, or something that does not belong where it is used, is reported.
/// </summary>
internal static class PointerReferenceRepair
{
    // Pointers through pointers through pointers…: deeper than this is taken for a cycle.
    private const int MaxChain = 64;

    /// <summary>A <c>$ref</c> OpenAPI.NET cannot read: the segments of the object it is written in, and its text.</summary>
    public sealed record Found(IReadOnlyList<string> Site, string Reference);

    /// <summary>A reference that names nothing usable: the pointer of its <c>$ref</c>, its text and what is generated instead.</summary>
    public sealed record Failure(string Pointer, string Reference, string Consequence);

    /// <summary>Every local <c>$ref</c> in the tree that is not a plain <c>#/components/{kind}/{name}</c>.</summary>
    public static List<Found> Find(JsonNode root)
    {
        var found = new List<Found>();
        Walk(root, new List<string>(), found);
        return found;
    }

    /// <summary>Puts what each reference names in its place and returns the references that name nothing usable.</summary>
    public static List<Failure> Apply(OpenApiDocument document, IReadOnlyList<Found> found, bool isSwagger2)
    {
        if (found.Count == 0)
        {
            return new List<Failure>();
        }

        var run = new Run(document, found, isSwagger2);
        foreach (var reference in found)
        {
            run.Fix(reference, 0);
        }

        run.KeepHomes();
        return run.Failures;
    }

    // Every object is looked at, data and extensions included: a $ref found where the document holds no object is
    // simply not placed, so looking everywhere costs nothing but the walk.
    private static void Walk(JsonNode? node, List<string> path, List<Found> found)
    {
        if (path.Count > 512)
        {
            return;
        }

        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    path.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Walk(array[i], path, found);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case JsonObject map when map.TryGetPropertyValue("$ref", out var value) && value is JsonValue text && text.GetValueKind() == JsonValueKind.String:
                // Beside a $ref nothing else is read, so nothing below it needs a look.
                var reference = text.GetValue<string>();
                if (NeedsRepair(reference, IsSchemaPlace(path)))
                {
                    found.Add(new Found(path.ToArray(), reference));
                    if (Pointer.Segments(reference) is not { Count: > 0 } segments || segments[segments.Count - 1].Length == 0)
                    {
                        // OpenAPI.NET throws on a reference without a last segment (`#`, `#/`) and loses the whole document.
                        map["$ref"] = "#/-";
                    }
                }

                break;
            case JsonObject map:
                foreach (var entry in map)
                {
                    path.Add(entry.Key);
                    Walk(entry.Value, path, found);
                    path.RemoveAt(path.Count - 1);
                }

                break;
        }
    }

    /// <summary>
    /// Whether OpenAPI.NET would misread a local reference. It reads <c>#/components/{kind}/{name}</c> right, and
    /// the Swagger 2 forms <c>#/definitions/{name}</c> (also in OpenAPI 3 documents, as a schema component),
    /// <c>#/parameters/{name}</c> and <c>#/responses/{name}</c>; not names with escapes, nor anything deeper, nor,
    /// where a schema belongs, a component of another kind (which it would read as a schema of that name).
    /// </summary>
    private static bool NeedsRepair(string reference, bool inSchemaPlace)
    {
        if (Pointer.Segments(reference) is not { } segments)
        {
            return false;
        }

        var plain = reference.IndexOfAny(['~', '%']) < 0 && segments.Count > 0 && segments[segments.Count - 1].Length > 0 && segments.Count switch
        {
            3 => segments[0] == "components" && (!inSchemaPlace || segments[1] == "schemas"),
            2 => inSchemaPlace ? segments[0] == "definitions" : segments[0] is "definitions" or "parameters" or "responses",
            _ => false,
        };
        return !plain;
    }

    /// <summary>Whether the object at the end of the path is where a schema belongs, as far as its keys tell.</summary>
    private static bool IsSchemaPlace(List<string> path) =>
        path.Count > 0 && path[path.Count - 1] is "schema" or "items" or "additionalProperties" or "not" or "itemSchema"
        || path.Count > 1 && path[path.Count - 2] is "properties" or "patternProperties" or "allOf" or "oneOf" or "anyOf" or "$defs" or "definitions" or "schemas";

    private sealed class Run
    {
        private readonly OpenApiDocument _document;
        private readonly bool _isSwagger2;
        private readonly Dictionary<string, Found> _bySite = new(StringComparer.Ordinal);
        private readonly HashSet<Found> _open = new();
        private readonly HashSet<Found> _done = new();
        private readonly List<(OpenApiSchema Schema, IReadOnlyList<string> Site, IReadOnlyList<string> Target)> _placedSchemas = new();
        private bool _replacedComponent;

        public Run(OpenApiDocument document, IReadOnlyList<Found> found, bool isSwagger2)
        {
            _document = document;
            _isSwagger2 = isSwagger2;
            foreach (var reference in found)
            {
                _bySite[Pointer.Of(reference.Site)] = reference;
            }
        }

        public List<Failure> Failures { get; } = new();

        public void Fix(Found reference, int depth)
        {
            if (_done.Contains(reference) || !_open.Add(reference))
            {
                return;
            }

            var target = Pointer.Segments(reference.Reference)!;
            string? problem = null;

            // A pointer through (or to) another such reference reads what that one names: place it first.
            var prefix = new StringBuilder("#");
            foreach (var segment in target)
            {
                prefix.Append('/').Append(Pointer.Escape(segment));
                if (_bySite.TryGetValue(prefix.ToString(), out var through) && !_done.Contains(through))
                {
                    if (_open.Contains(through) || depth >= MaxChain)
                    {
                        problem = " (a cycle of references)";
                        break;
                    }

                    Fix(through, depth + 1);
                }
            }

            var sites = Places(reference.Site).Select(place => (Place: place, Slot: DocumentPointer.SlotAt(_document, place)!)).Where(s => s.Slot is { CanSet: true }).ToList();
            if (sites.Count > 0)
            {
                var named = problem is null ? Places(target).Select(place => (Place: place, Value: DocumentPointer.Find(_document, place))).FirstOrDefault(n => n.Value is not null) : default;
                if (named.Value is { } value && sites.All(site => site.Slot.Fits(value)))
                {
                    Place(value, sites, named.Place);
                }
                else
                {
                    var kind = sites[0].Slot.Kind;
                    foreach (var site in sites.Where(site => Placeholder(kind) is not null))
                    {
                        site.Slot.Set(Placeholder(kind)!);
                    }

                    problem ??= named.Value is { } other ? $" (it names {DocumentPointer.Describe(other) ?? "no OpenAPI object"}, where {KindInWords(kind)} belongs)" : string.Empty;
                    Failures.Add(new Failure(Pointer.Of(reference.Site) + "/$ref", reference.Reference + problem, Consequence(kind)));
                }
            }

            _open.Remove(reference);
            _done.Add(reference);
        }

        private void Place(object value, List<(IReadOnlyList<string> Place, DocumentSlot Slot)> sites, IReadOnlyList<string> target)
        {
            foreach (var (place, slot) in sites)
            {
                slot.Set(value);
                _replacedComponent |= place.Count == 3 && place[0] == "components";
                if (value is OpenApiSchema schema)
                {
                    _placedSchemas.Add((schema, place, target));
                }
            }
        }

        /// <summary>
        /// Marks each schema placed elsewhere with where it is declared: a component it was made the whole of, else
        /// the component it lies in. Then, if a component was replaced, lets references to components find the new one.
        /// </summary>
        public void KeepHomes()
        {
            foreach (var (schema, site, _) in _placedSchemas.Where(p => IsComponentSchema(p.Site)))
            {
                new SchemaHome(new OpenApiSchemaReference(site[2], _document), IsComponent: true).KeepOn(schema);
            }

            foreach (var (schema, _, target) in _placedSchemas.Where(p => p.Target.Count > 3 && IsComponentSchema(p.Target.Take(3).ToList())))
            {
                new SchemaHome(new OpenApiSchemaReference(target[2], _document), IsComponent: false).KeepOn(schema);
            }

            if (_replacedComponent && _document.Workspace is { BaseUrl: { } baseUrl })
            {
                // The reader registered the components it read; a reference to one finds it through that registry.
                _document.Workspace = new OpenApiWorkspace(baseUrl);
                _document.Workspace.RegisterComponents(_document);
            }
        }

        private static bool IsComponentSchema(IReadOnlyList<string> place) =>
            place.Count == 3 && place[0] == "components" && place[1] == "schemas";

        private IEnumerable<IReadOnlyList<string>> Places(IReadOnlyList<string> segments) =>
            _isSwagger2 ? Swagger2Pointers.InDocument(_document, segments) : new[] { segments };

        /// <summary>What takes the place of a reference that names nothing usable: an empty object of the kind.</summary>
        private static object? Placeholder(Type kind) =>
            kind == typeof(IOpenApiSchema) ? new OpenApiSchema()
            : kind == typeof(IOpenApiParameter) ? new OpenApiParameter()
            : kind == typeof(IOpenApiResponse) ? new OpenApiResponse()
            : kind == typeof(IOpenApiRequestBody) ? new OpenApiRequestBody()
            : kind == typeof(IOpenApiHeader) ? new OpenApiHeader()
            : kind == typeof(IOpenApiMediaType) ? new OpenApiMediaType()
            : kind == typeof(IOpenApiPathItem) ? new OpenApiPathItem()
            : kind == typeof(IOpenApiCallback) ? new OpenApiCallback()
            : kind == typeof(IOpenApiExample) ? new OpenApiExample()
            : kind == typeof(IOpenApiLink) ? new OpenApiLink()
            : null;

        private static string KindInWords(Type kind) => Placeholder(kind) is { } sample ? DocumentPointer.Describe(sample) ?? "another object" : "another object";

        private static string Consequence(Type kind) =>
            kind == typeof(IOpenApiSchema) ? Diagnostics.DiagnosticDescriptors.TypedAsJsonElement
            : kind == typeof(IOpenApiParameter) ? "the parameter is not generated"
            : kind == typeof(IOpenApiResponse) ? "the reply is read as one without a body"
            : kind == typeof(IOpenApiRequestBody) ? "the operation is generated without a body"
            : kind == typeof(IOpenApiPathItem) ? "its operations are not generated"
            : kind == typeof(IOpenApiCallback) ? "its payloads are not generated"
            : "it is ignored";
    }
}
