namespace ConferenceGen.Generator.Model;

/// <summary>A <c>oneOf</c> / <c>anyOf</c> type: a class over the runtime's JsonUnion with <c>TryGetX</c> and <c>AsX()</c> per alternative.</summary>
/// <param name="Name">The class name.</param>
/// <param name="DiscriminatorProperty">The discriminator's property name: the spec's, or the one its alternatives imply; or null.</param>
internal sealed record UnionModel(string Name, string? Description, string? DiscriminatorProperty, EquatableArray<UnionVariantModel> Variants);

/// <summary>One alternative of a union.</summary>
/// <param name="Name">The word after <c>TryGet</c> and <c>As</c> (the type name, or String, Int64… for scalars).</param>
/// <param name="DiscriminatorValues">The discriminator values that select it (its fixed one among them).</param>
internal sealed record UnionVariantModel(string Name, TypeRef Type, EquatableArray<string> DiscriminatorValues)
{
    /// <summary>Whether an implicit conversion can be declared: C# forbids conversions from interfaces, which lists and maps are.</summary>
    public bool Convertible => Type.Kind is not (TypeKind.List or TypeKind.Map);
}
