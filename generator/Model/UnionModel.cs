namespace ConferenceGen.Generator.Model;

/// <summary>A <c>oneOf</c> / <c>anyOf</c> type: a class over the runtime's JsonUnion with one <c>AsX()</c> per alternative.</summary>
/// <param name="Name">The class name.</param>
/// <param name="DiscriminatorLiteral">The discriminator property name as a C# literal, or null.</param>
internal sealed record UnionModel(string Name, EquatableArray<string> Docs, string? DiscriminatorLiteral, EquatableArray<UnionVariantModel> Variants);

/// <summary>One alternative of a union.</summary>
/// <param name="Name">The word after <c>As</c> (the type name, or String, Int64… for scalars).</param>
/// <param name="Type">The C# type.</param>
/// <param name="Codec">Its codec.</param>
/// <param name="IsValueType">Whether <paramref name="Type"/> is a struct.</param>
/// <param name="Convertible">Whether an implicit conversion can be declared (C# forbids it from interfaces).</param>
/// <param name="DiscriminatorValues">The discriminator values that select it, as C# literals joined by ", ".</param>
internal sealed record UnionVariantModel(string Name, string Type, string Codec, bool IsValueType, bool Convertible, string DiscriminatorValues);
