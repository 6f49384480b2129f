namespace ConferenceGen.Generator.Naming;

/// <summary>
/// Members every generated model, enum or union declares or inherits besides those from the spec, kept where both
/// sides see them: the emitters declare them, and Building keeps spec names off them (<see cref="Reserved"/>), so a
/// property named <c>codec</c> cannot hide the type's codec.
/// </summary>
internal static class GeneratedMembers
{
    /// <summary>The type's codec: how generated code and users read and write it.</summary>
    public const string Codec = "Codec";

    /// <summary>The method listing a model's properties (or a union's alternatives) for its codec.</summary>
    public const string Describe = "Describe";

    /// <summary>
    /// Names a generated type has already: its own, the runtime base class's and <see cref="object"/>'s; and
    /// <c>Converter</c>, the nested converter types once declared, kept so that no spec's member names change.
    /// </summary>
    public static readonly string[] Reserved =
        [Codec, "Converter", Describe, "Slot", "SetSlot", "MapSlot", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize"];
}
