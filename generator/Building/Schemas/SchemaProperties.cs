using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary>
/// The properties of an object schema, with those of its <c>allOf</c> parts merged in (first definition wins), and
/// those of the alternatives of a <c>oneOf</c>/<c>anyOf</c> it is merged with, as optional properties: the merged
/// object can carry the fields of whichever alternative the caller means (Discord's invite body is
/// <c>allOf: [anyOf: [group DM invite, guild invite], {target_users_file}]</c>).
/// </summary>
internal static class SchemaProperties
{
    public static IEnumerable<(string Name, IOpenApiSchema Schema, bool Required, string Pointer)> Of(IOpenApiSchema schema, string pointer, int maxDepth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        var collected = new List<(string, IOpenApiSchema, string)>();

        void Collect(IOpenApiSchema part, string partPointer, int depth, bool optional)
        {
            if (depth > maxDepth)
            {
                return;
            }

            foreach (var name in optional ? Enumerable.Empty<string>() : part.Required ?? Enumerable.Empty<string>())
            {
                required.Add(name);
            }

            foreach (var pair in part.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (seen.Add(pair.Key))
                {
                    collected.Add((pair.Key, pair.Value ?? new OpenApiSchema(), partPointer + "/properties/" + Pointer.Escape(pair.Key)));
                }
            }

            var index = 0;
            foreach (var member in part.AllOf ?? Enumerable.Empty<IOpenApiSchema>())
            {
                if (References.Resolved(member) is { } target)
                {
                    Collect(target, partPointer + "/allOf/" + index.ToString(CultureInfo.InvariantCulture), depth + 1, optional);
                }

                index++;
            }

            // Only where the choice is merged: as an allOf part, or beside properties of the schema's own.
            if (depth == 0 && part.Properties is not { Count: > 0 })
            {
                return;
            }

            foreach (var (alternatives, keyword) in new[] { (part.OneOf, "oneOf"), (part.AnyOf, "anyOf") })
            {
                index = 0;
                foreach (var alternative in alternatives ?? Enumerable.Empty<IOpenApiSchema>())
                {
                    if (References.Resolved(alternative) is { } target)
                    {
                        Collect(target, partPointer + "/" + keyword + "/" + index.ToString(CultureInfo.InvariantCulture), depth + 1, optional: true);
                    }

                    index++;
                }
            }
        }

        Collect(schema, pointer, 0, optional: false);
        return collected.Select(c => (c.Item1, c.Item2, required.Contains(c.Item1), c.Item3));
    }
}
