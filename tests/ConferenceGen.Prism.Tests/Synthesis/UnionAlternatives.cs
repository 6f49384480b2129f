using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Model;
using Microsoft.OpenApi;

namespace ConferenceGen.Prism.Tests.Synthesis;

/// <summary>
/// Which schema alternative each variant of a generated union stands for. The generator keeps the spec's order and
/// drops some members (null, any-JSON, repeats), so variants and alternatives are paired in order by their kind.
/// </summary>
internal static class UnionAlternatives
{
    /// <summary>One schema per variant, null where none fits.</summary>
    public static IReadOnlyList<IOpenApiSchema?> Match(UnionModel union, IOpenApiSchema? schema)
    {
        var alternatives = schema is null ? new List<IOpenApiSchema>() : SchemaView.Alternatives(schema).ToList();
        var matched = new List<IOpenApiSchema?>();
        var next = 0;
        foreach (var variant in union.Variants)
        {
            var found = Enumerable.Range(next, alternatives.Count - next).FirstOrDefault(i => Fits(variant.Type, alternatives[i]), -1);
            matched.Add(found < 0 ? null : alternatives[found]);
            next = found < 0 ? next : found + 1;
        }

        return matched;
    }

    private static bool Fits(TypeRef type, IOpenApiSchema alternative)
    {
        var schema = SchemaView.Unwrap(alternative);
        var isEnum = schema.Enum is { Count: > 0 };
        var jsonType = SchemaView.TypeOf(schema);
        return type.Kind switch
        {
            TypeKind.Object or TypeKind.Map => jsonType == JsonSchemaType.Object && !isEnum,
            TypeKind.Union => SchemaView.Alternatives(schema).Count > 0,
            TypeKind.Enum => isEnum,
            TypeKind.List => jsonType == JsonSchemaType.Array,
            TypeKind.Int32 or TypeKind.Int64 => jsonType == JsonSchemaType.Integer && !isEnum,
            TypeKind.Single or TypeKind.Double or TypeKind.Decimal => jsonType is JsonSchemaType.Number or JsonSchemaType.Integer && !isEnum,
            TypeKind.Boolean => jsonType == JsonSchemaType.Boolean,
            TypeKind.Json => true,
            _ => jsonType == JsonSchemaType.String && !isEnum,
        };
    }
}
