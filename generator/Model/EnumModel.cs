namespace ConferenceGen.Generator.Model;

/// <summary>An enum schema: a struct wrapping the wire value, with one static member per documented value.</summary>
/// <param name="Name">The struct name.</param>
/// <param name="ValueType">string, int or long.</param>
/// <param name="ValueCodec">The runtime codec of the wire value.</param>
internal sealed record EnumModel(string Name, string Summary, string ValueType, string ValueCodec, EquatableArray<EnumMemberModel> Members, bool Strict = false);

/// <summary>One documented enum value.</summary>
/// <param name="Name">The member name.</param>
/// <param name="ValueLiteral">The wire value as a C# literal.</param>
/// <param name="WireDoc">The wire value, XML-escaped for documentation.</param>
internal sealed record EnumMemberModel(string Name, string ValueLiteral, string WireDoc);
