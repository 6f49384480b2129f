using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c> of one schema and the empty string (<c>{type: string, enum: [""]}</c> or
/// <c>const: ""</c>), besides an optional null: Stripe writes 638 such schemas, meaning "this value, or
/// <c>""</c> to clear it". When the value is text, an object, a list or a map, that is the value's own type (its
/// empty value stands for <c>""</c>), not a union of two.
/// </summary>
/// <param name="Member">The schema that is not the empty string.</param>
/// <param name="Pointer">Its pointer suffix (<c>/anyOf/0</c>).</param>
internal sealed record OrEmpty(IOpenApiSchema Member, string Pointer)
{
    public static OrEmpty? Of(IOpenApiSchema schema, string keyword)
    {
        var members = keyword == "oneOf" ? schema.OneOf : keyword == "anyOf" ? schema.AnyOf : null;
        if (members is null || schema.Properties is { Count: > 0 })
        {
            return null;
        }

        var others = members.Where(m => !Composition.IsNullSchema(m) && !IsEmptyString(m)).ToList();
        if (others.Count != 1 || !members.Any(IsEmptyString))
        {
            return null;
        }

        var member = others[0];
        return HasEmptyValue(member) ? new OrEmpty(member, "/" + keyword + "/" + members.IndexOf(member).ToString(CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>Only the empty string: <c>enum: [""]</c> or <c>const: ""</c>, typed string or untyped.</summary>
    private static bool IsEmptyString(IOpenApiSchema member)
    {
        var types = (member.Type ?? 0) & ~JsonSchemaType.Null;
        if (types is not (0 or JsonSchemaType.String))
        {
            return false;
        }

        if (member.Enum is { Count: > 0 } listed)
        {
            var values = SingleValues.Present(listed);
            return values.Count == 1 && values[0] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length == 0;
        }

        return member.Const is { Length: 0 };
    }

    /// <summary>
    /// Text without an enum (<c>""</c> is a string already), an object or a map, or a list: the kinds whose empty
    /// value is unambiguous. Numbers, booleans and enums keep the union.
    /// </summary>
    private static bool HasEmptyValue(IOpenApiSchema member)
    {
        var target = References.Resolved(member);
        if (target is null || target.Enum is { Count: > 0 } || target.Const is not null || target.OneOf is { Count: > 0 } || target.AnyOf is { Count: > 0 } || target.AllOf is { Count: > 0 })
        {
            return false;
        }

        var types = (target.Type ?? 0) & ~JsonSchemaType.Null;
        return types is JsonSchemaType.String or JsonSchemaType.Array or JsonSchemaType.Object
            || (types == 0 && (target.Properties is { Count: > 0 } || target.AdditionalProperties is not null || target.Items is not null));
    }
}
