using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Naming;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary>
/// Inline string enums whose <c>format</c> is none of the <see cref="StandardFormats"/> (Twilio's 112
/// <c>{format: http-method, enum: [GET, POST]}</c> properties) share one type per spec and format, whose values are
/// the union of theirs. The rule goes by format, never by value set or property name: a value added to one property
/// would split a type shared by values, and names must stay put across spec updates. For the same reason it holds
/// for one such enum as for many: a second property with the format tomorrow must not rename today's type.
/// Component enums keep their own names; number enums keep their own types (a format on them is a number format).
/// </summary>
internal static class FormatEnums
{
    /// <summary>The format whose type an inline enum of these values shares; null when it keeps a type of its own.</summary>
    public static string? SharedFormat(IOpenApiSchema schema, IList<JsonNode> values, JsonSchemaType types) =>
        schema.Format is { Length: > 0 } format && !StandardFormats.Contains(format) && !SchemaCatalogue.IsNumeric(values, types)
            ? format
            : null;

    /// <summary>
    /// The name a format's type asks for: the format in Pascal case (<c>http-method</c> is <c>HttpMethod</c>), with
    /// <c>Value</c> after it when that is a type the project imports anyway (<c>HttpMethodValue</c>, since
    /// <c>System.Net.Http.HttpMethod</c> is in every SDK project's implicit usings): it names the values the
    /// format allows, and reads as such beside the imported type.
    /// </summary>
    public static string TypeName(string format)
    {
        var name = Identifier.Pascal(format, "Format");
        return ImportedTypeNames.Contains(name) ? name + "Value" : name;
    }

    /// <summary>
    /// Every inline enum that shares its format's type, in document order (paths, then webhooks, then components, each
    /// as the spec lists them), whether or not the chosen operations use it: a filter never changes a shared type.
    /// </summary>
    public static IReadOnlyList<(string Format, ConstAlternatives Values)> In(OpenApiDocument document)
    {
        var visitor = new Visitor(document.Components?.Schemas?.Values);
        new OpenApiWalker(visitor).Walk(document);
        return visitor.Found;
    }

    private sealed class Visitor : OpenApiVisitorBase
    {
        // A component schema is a type of its own name, even when it is an enum of a shared format.
        private readonly HashSet<IOpenApiSchema> _components;

        public Visitor(IEnumerable<IOpenApiSchema>? components) =>
            _components = new HashSet<IOpenApiSchema>(components ?? Enumerable.Empty<IOpenApiSchema>(), SchemaCatalogue.ReferenceEquality.Instance);

        public List<(string Format, ConstAlternatives Values)> Found { get; } = new();

        public override void Visit(IOpenApiSchema schema)
        {
            // A $ref reads as its target, which is a component (visited there) or an inline schema (visited in place).
            if (schema is OpenApiSchemaReference || _components.Contains(schema))
            {
                return;
            }

            if (SchemaCatalogue.EnumValues(schema) is { } values && SharedFormat(schema, values.Values, (schema.Type ?? 0) & ~JsonSchemaType.Null) is { } format)
            {
                Found.Add((format, values));
            }
        }
    }
}
