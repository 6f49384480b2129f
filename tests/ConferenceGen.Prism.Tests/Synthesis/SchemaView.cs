using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace ConferenceGen.Prism.Tests.Synthesis;

/// <summary>What a schema says once its compositions are looked through: its one member, its merged properties, its alternatives.</summary>
internal static class SchemaView
{
    public static bool IsNull(IOpenApiSchema schema) => schema.Type == JsonSchemaType.Null;

    /// <summary>The schema a composition stands for when it has one non-null member and nothing of its own (the 3.0 idioms for a nullable or described reference).</summary>
    public static IOpenApiSchema Unwrap(IOpenApiSchema schema)
    {
        for (var i = 0; i < 32; i++)
        {
            var members = new[] { schema.AllOf, schema.OneOf, schema.AnyOf }.FirstOrDefault(m => m is { Count: > 0 });
            if (members is null || schema.Properties is { Count: > 0 } || schema.Enum is { Count: > 0 })
            {
                return schema;
            }

            var nonNull = members.Where(m => !IsNull(m)).ToList();
            if (nonNull.Count != 1)
            {
                return schema;
            }

            schema = nonNull[0];
        }

        return schema;
    }

    /// <summary>The values the schema itself offers as valid: its default, then its examples.</summary>
    public static IEnumerable<System.Text.Json.Nodes.JsonNode> Given(IOpenApiSchema schema)
    {
        if (schema.Default is { } value)
        {
            yield return value;
        }

        // OpenAPI 3.0's single `example` is read into the property OpenAPI.NET marks obsolete in favour of 3.1's list.
#pragma warning disable CS0618
        if (schema.Example is { } example)
#pragma warning restore CS0618
        {
            yield return example;
        }

        foreach (var item in schema.Examples ?? new List<System.Text.Json.Nodes.JsonNode>())
        {
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    /// <summary>The non-null members of a oneOf (or else anyOf).</summary>
    public static IReadOnlyList<IOpenApiSchema> Alternatives(IOpenApiSchema schema) =>
        ((schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf) ?? new List<IOpenApiSchema>()).Where(m => !IsNull(m)).ToList();

    /// <summary>The properties of the schema and of its allOf members, the schema's own first.</summary>
    public static IReadOnlyList<KeyValuePair<string, IOpenApiSchema>> Properties(IOpenApiSchema? schema)
    {
        var found = new List<KeyValuePair<string, IOpenApiSchema>>();
        var names = new HashSet<string>();
        Collect(schema, found, names, 0);
        return found;
    }

    public static IOpenApiSchema? Property(IOpenApiSchema? schema, string name) =>
        Properties(schema).FirstOrDefault(p => p.Key == name).Value;

    /// <summary>The required property names of the schema and of its allOf members.</summary>
    public static ISet<string> Required(IOpenApiSchema? schema)
    {
        var required = new HashSet<string>();
        void Add(IOpenApiSchema? s, int depth)
        {
            if (s is null || depth > 16)
            {
                return;
            }

            required.UnionWith(s.Required ?? new HashSet<string>());
            foreach (var member in s.AllOf ?? new List<IOpenApiSchema>())
            {
                Add(member, depth + 1);
            }
        }

        Add(schema, 0);
        return required;
    }

    /// <summary>The one JSON type to produce: a schema's declared type, else what its keywords imply.</summary>
    public static JsonSchemaType? TypeOf(IOpenApiSchema schema)
    {
        if (schema.Type is { } declared && (declared & ~JsonSchemaType.Null) is var types && types != 0)
        {
            foreach (var type in new[] { JsonSchemaType.String, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.Boolean, JsonSchemaType.Object, JsonSchemaType.Array })
            {
                if ((types & type) != 0)
                {
                    return type;
                }
            }
        }

        if (schema.Properties is { Count: > 0 } || schema.AdditionalProperties is not null || Properties(schema).Count > 0)
        {
            return JsonSchemaType.Object;
        }

        if (schema.Items is not null)
        {
            return JsonSchemaType.Array;
        }

        return null;
    }

    private static void Collect(IOpenApiSchema? schema, List<KeyValuePair<string, IOpenApiSchema>> found, HashSet<string> names, int depth)
    {
        if (schema is null || depth > 16)
        {
            return;
        }

        foreach (var property in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (names.Add(property.Key))
            {
                found.Add(property);
            }
        }

        foreach (var member in schema.AllOf ?? new List<IOpenApiSchema>())
        {
            Collect(Unwrap(member), found, names, depth + 1);
        }
    }
}
