using System.Linq;

namespace ConferenceGen.Generator.Model;

/// <summary>A model class for an object schema.</summary>
/// <param name="Name">The class name.</param>
/// <param name="Title">The schema's title, when it says more than the name.</param>
/// <param name="AdditionalProperties">The property keeping undeclared JSON properties, when the schema gives them a schema.</param>
internal sealed record ObjectModel(
    string Name,
    string? Title,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    AdditionalPropertiesModel? AdditionalProperties)
{
    /// <summary>Whether any property is a <c>required</c> member (the class then needs a reader constructor).</summary>
    public bool HasRequired => Properties.Any(p => p.IsRequiredMember);
}

/// <summary>A dictionary property for the JSON properties a schema does not declare (<c>additionalProperties</c> with a schema).</summary>
/// <param name="Name">The property name.</param>
/// <param name="Value">The type of one value.</param>
internal sealed record AdditionalPropertiesModel(string Name, TypeRef Value);

/// <summary>A property of a model class.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="WireName">The JSON and form name.</param>
/// <param name="Type">The schema's type; <see cref="TypeRef.Nullable"/> says whether null is a value to write.</param>
/// <param name="Required">Required in the schema: declared with <c>required</c> and always written.</param>
/// <param name="DefaultText">The schema's default, as text for documentation.</param>
/// <param name="Fixed">
/// The value the type fixes, for a property nobody sets: a required property whose schema allows one value, or a
/// union alternative's discriminator.
/// </param>
/// <param name="SingleValue">The one value the schema allows, when it allows one (fixed or not: an optional property's is documentation).</param>
internal sealed record PropertyModel(
    string Name,
    string WireName,
    TypeRef Type,
    bool Required,
    bool Deprecated,
    string? Description,
    string? DefaultText,
    FixedValueModel? Fixed = null,
    FixedValueModel? SingleValue = null)
{
    /// <summary>Whether the declared type is the non-nullable one: required, and the schema does not allow null.</summary>
    public bool IsNonNullable => Required && !Type.Nullable;

    /// <summary>Whether the caller must set it: required, and not fixed by the type.</summary>
    public bool IsRequiredMember => Required && Fixed is null;
}

/// <summary>
/// The one value a property's schema allows (<c>enum: [active]</c> or <c>const: active</c>), when the type fixes it:
/// the property has no setter, reads what the JSON holds (this value when it holds none), and sends this value.
/// </summary>
/// <param name="WireValue">The value on the wire, as text (a number's JSON text).</param>
/// <param name="Member">The enum member that is the value, when the property's type is an enum.</param>
internal sealed record FixedValueModel(string WireValue, string? Member);
