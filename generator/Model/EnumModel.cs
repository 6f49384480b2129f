namespace ConferenceGen.Generator.Model;

/// <summary>The type of an enum's wire values.</summary>
internal enum EnumValueKind
{
    String,
    Int32,
    Int64,
    Double,
}

/// <summary>An enum schema: a class wrapping the wire value, with one static member per documented value.</summary>
/// <param name="Name">The struct name.</param>
/// <param name="Strict">Whether reading a value the spec does not list is an error.</param>
internal sealed record EnumModel(string Name, string? Description, EnumValueKind ValueKind, EquatableArray<EnumMemberModel> Members, bool Strict);

/// <summary>One documented enum value.</summary>
/// <param name="Name">The member name.</param>
/// <param name="WireValue">The wire value as text (a number's text for numeric enums).</param>
/// <param name="Description">What the spec says the value means, when it says so (the description of a const alternative).</param>
internal sealed record EnumMemberModel(string Name, string WireValue, string? Description = null);
