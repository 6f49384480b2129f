using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary>
/// What <c>allOf</c> / <c>oneOf</c> / <c>anyOf</c> make of a schema: a single non-null member stands for itself
/// (the 3.0 idiom for a nullable or described reference); several allOf members, or members beside properties of
/// the schema's own, merge into one object; other compositions are unions.
/// </summary>
/// <param name="Single">The one member that stands for the schema, or null.</param>
/// <param name="Merge">Whether the members merge into one object.</param>
/// <param name="Pointer">The pointer suffix of <paramref name="Single"/>.</param>
/// <param name="Keyword">allOf, oneOf or anyOf.</param>
internal sealed record Composition(IOpenApiSchema? Single, bool Merge, string Pointer, string Keyword = "")
{
    public static Composition? Of(IOpenApiSchema schema)
    {
        foreach (var (members, keyword) in new[] { (schema.AllOf, "allOf"), (schema.OneOf, "oneOf"), (schema.AnyOf, "anyOf") })
        {
            if (members is not { Count: > 0 })
            {
                continue;
            }

            var nonNull = members.Where(m => !IsNullSchema(m)).ToList();
            var hasOwnShape = schema.Properties is { Count: > 0 };
            if (nonNull.Count == 1 && !hasOwnShape)
            {
                return new Composition(nonNull[0], false, "/" + keyword + "/" + members.IndexOf(nonNull[0]).ToString(CultureInfo.InvariantCulture));
            }

            return new Composition(null, keyword == "allOf" || hasOwnShape, string.Empty, keyword);
        }

        return null;
    }

    /// <summary>A oneOf/anyOf with a <c>type: null</c> member: the value may be null.</summary>
    public static bool IsNullable(IOpenApiSchema schema) =>
        (schema.OneOf ?? schema.AnyOf) is { Count: > 1 } members && members.Any(IsNullSchema);

    public static bool IsNullSchema(IOpenApiSchema member) => member.Type == JsonSchemaType.Null;
}
