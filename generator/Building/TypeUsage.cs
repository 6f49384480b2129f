namespace ConferenceGen.Generator.Building;

/// <summary>How a schema appears in C#: its type, its codec and what kind of value it is.</summary>
/// <param name="Type">The non-nullable C# type.</param>
/// <param name="Codec">The codec (JSON, and text for scalars) of a non-null value.</param>
/// <param name="Shape">scalar, enum, object, list, map or any.</param>
/// <param name="IsValueType">Whether <paramref name="Type"/> is a struct (nullable via <c>?</c> as Nullable&lt;T&gt;).</param>
/// <param name="Nullable">Whether the schema allows null.</param>
/// <param name="Item">The item of a list or the value of a map.</param>
/// <param name="Temporal">Whether it is a date or time, for naming comparison parameters.</param>
internal sealed record TypeUsage(string Type, string Codec, string Shape, bool IsValueType, bool Nullable = false, TypeUsage? Item = null, bool Temporal = false)
{
    /// <summary>Whether the value can be written as text (path, query, header, form field).</summary>
    public bool IsText => Shape is "scalar" or "enum" or "any";

    public string NullableType => IsValueType ? Type + "?" : Type + "?";

    public string NullableCodec => KnownTypes.Nullable(this);

    public TypeUsage WithNullable(bool nullable) => nullable == Nullable ? this : this with { Nullable = nullable };
}
