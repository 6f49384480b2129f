using System.Globalization;
using ConferenceGen.Generator.Model;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary>The type of a string, integer or number schema, from its format (and, for integers, its bounds).</summary>
internal static class ScalarTypes
{
    public static TypeRef String(string? format) => new(format switch
    {
        "date-time" => TypeKind.DateTime,
        "date-time-rfc-2822" or "rfc2822" or "date-time-rfc2822" => TypeKind.Rfc2822DateTime,
        "date" => TypeKind.Date,
        "uuid" => TypeKind.Guid,
        "uri" => TypeKind.Uri,
        "byte" => TypeKind.Bytes,
        "binary" => TypeKind.File,
        _ => TypeKind.String,
    });

    /// <summary>int when the format or both bounds say it fits, else long.</summary>
    public static TypeRef Integer(IOpenApiSchema schema)
    {
        var fitsInt32 = schema.Format == "int32"
            || (schema.Format is null && InInt32Range(schema.Minimum) && InInt32Range(schema.Maximum));
        return new TypeRef(fitsInt32 && schema.Format != "int64" ? TypeKind.Int32 : TypeKind.Int64);
    }

    public static TypeRef Number(string? format) => new(format switch
    {
        "float" => TypeKind.Single,
        "decimal" => TypeKind.Decimal,
        _ => TypeKind.Double,
    });

    private static bool InInt32Range(string? bound) =>
        bound is not null
        && decimal.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && value >= int.MinValue && value <= int.MaxValue;
}
