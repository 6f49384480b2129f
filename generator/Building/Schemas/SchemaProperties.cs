using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary>The properties of an object schema, with those of its <c>allOf</c> parts merged in (first definition wins).</summary>
internal static class SchemaProperties
{
    public static IEnumerable<(string Name, IOpenApiSchema Schema, bool Required, string Pointer)> Of(IOpenApiSchema schema, string pointer, int maxDepth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        var collected = new List<(string, IOpenApiSchema, string)>();

        void Collect(IOpenApiSchema part, string partPointer, int depth)
        {
            if (depth > maxDepth)
            {
                return;
            }

            foreach (var name in part.Required ?? Enumerable.Empty<string>())
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
                    Collect(target, partPointer + "/allOf/" + index.ToString(CultureInfo.InvariantCulture), depth + 1);
                }

                index++;
            }
        }

        Collect(schema, pointer, 0);
        return collected.Select(c => (c.Item1, c.Item2, required.Contains(c.Item1), c.Item3));
    }
}
