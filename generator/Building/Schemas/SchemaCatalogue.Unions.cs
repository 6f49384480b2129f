using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building.Schemas;

/// <summary><c>oneOf</c> / <c>anyOf</c> schemas: a union class with one alternative per distinct member type.</summary>
internal sealed partial class SchemaCatalogue
{
    private readonly List<UnionModel> _unions = new();

    public IReadOnlyList<UnionModel> Unions => _unions;

    private TypeRef DefineUnion(IOpenApiSchema schema, string keyword, string name, string pointer, int depth)
    {
        var type = TypeRef.Named(TypeKind.Union, name);
        RegisterComponent(pointer, type);
        _inline[schema] = type;

        var members = (keyword == "oneOf" ? schema.OneOf : schema.AnyOf)!;
        var discriminator = schema.Discriminator;
        var names = new NameScope(name, "Json", "Discriminator", "Variant", "Value");
        var alternatives = new List<(TypeRef Type, List<string> Values)>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (Composition.IsNullSchema(member))
            {
                continue;
            }

            var memberType = Resolve(member, name + "Option" + (i + 1).ToString(CultureInfo.InvariantCulture), pointer + "/" + keyword + "/" + i.ToString(CultureInfo.InvariantCulture), depth + 1).WithNullable(false);

            // A member of any JSON is what the union holds anyway when no variant matches; it is not a variant of its own.
            // Nor is the union itself (`Cat: {oneOf: [$ref: Cat, …]}`).
            if (memberType.Kind == TypeKind.Json || memberType == type || alternatives.Any(a => a.Type == memberType))
            {
                continue;
            }

            alternatives.Add((memberType, discriminator is null ? new List<string>() : DiscriminatorValues(discriminator, member).ToList()));
        }

        var property = discriminator?.PropertyName is { Length: > 0 } propertyName ? propertyName : ImpliedDiscriminator(alternatives.Select(a => a.Type));
        if (property is not null)
        {
            FixDiscriminators(property, alternatives);
        }

        var variants = alternatives.Select(a => new UnionVariantModel(names.Claim(VariantName(a.Type)), a.Type, a.Values.ToEquatableArray())).ToEquatableArray();
        _unions.Add(new UnionModel(name, schema.Description, property, variants));
        return type;
    }

    /// <summary>
    /// The discriminator of a union whose spec names none but whose object alternatives (two or more) all require one
    /// property with one allowed value each, every value another (Discord's <c>type: {enum: [2]}</c>, Stripe's
    /// <c>object: {enum: [card]}</c>): that property, which then chooses as a named discriminator does.
    /// </summary>
    private string? ImpliedDiscriminator(IEnumerable<TypeRef> alternatives)
    {
        var objects = alternatives.Select(FindObject).Where(o => o is not null).Select(o => o!).ToList();
        if (objects.Count < 2)
        {
            return null;
        }

        foreach (var candidate in objects[0].Properties.Where(p => p.Required))
        {
            var values = objects
                .Select(o => o.Property(candidate.WireName) is { Required: true } && o.SingleValues.TryGetValue(candidate.WireName, out var value) ? value.WireValue : null)
                .ToList();
            if (values.All(v => v is not null) && values.Distinct(StringComparer.Ordinal).Count() == values.Count)
            {
                return candidate.WireName;
            }
        }

        return null;
    }

    /// <summary>
    /// Fixes the discriminator property of each object alternative that allows one value only, so that the caller
    /// never sets it; that value also selects the alternative, unless another alternative is selected by it already.
    /// </summary>
    private void FixDiscriminators(string property, List<(TypeRef Type, List<string> Values)> alternatives)
    {
        foreach (var (type, values) in alternatives)
        {
            if (FindObject(type)?.Fix(property) is { } value && !alternatives.Any(a => a.Values.Contains(value.WireValue)))
            {
                values.Add(value.WireValue);
            }
        }
    }

    /// <summary>The discriminator values that select a member: its mapping keys, or its component name when the mapping does not list it.</summary>
    private static IEnumerable<string> DiscriminatorValues(OpenApiDiscriminator discriminator, IOpenApiSchema member)
    {
        if (member is not OpenApiSchemaReference reference || reference.Reference.Id is not { } id)
        {
            return Enumerable.Empty<string>();
        }

        var mapped = (discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
            .Where(pair => pair.Value?.Reference?.Id == id)
            .Select(pair => pair.Key)
            .ToList();
        return mapped.Count > 0 ? mapped : new[] { id };
    }

    /// <summary>The word after <c>As</c>: the type's name, or the name of the .NET type of a scalar.</summary>
    private static string VariantName(TypeRef type) => type.Kind switch
    {
        TypeKind.List => "List",
        TypeKind.Map => "Map",
        TypeKind.Json => "Json",
        TypeKind.String => "String",
        TypeKind.Int64 => "Int64",
        TypeKind.Int32 => "Int32",
        TypeKind.Double => "Double",
        TypeKind.Single => "Single",
        TypeKind.Decimal => "Decimal",
        TypeKind.Boolean => "Boolean",
        TypeKind.Bytes => "Bytes",
        TypeKind.DateTime or TypeKind.Rfc2822DateTime => "DateTimeOffset",
        TypeKind.Date => "DateOnly",
        TypeKind.Guid => "Guid",
        TypeKind.Uri => "Uri",
        TypeKind.File => "FilePart",
        TypeKind.Stream => "Stream",
        _ => Identifier.Pascal(type.Name, "Value"),
    };
}
