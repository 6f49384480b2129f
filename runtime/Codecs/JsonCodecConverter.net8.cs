using System.Diagnostics.CodeAnalysis;

namespace ConferenceGen.Runtime.Codecs;

// Trimming and AOT keep the public fields of every type named in a JsonCodecConverter, so that it finds the type's
// Codec field (netstandard2.0 is never trimmed, and has no such attribute to give).
public sealed partial class JsonCodecConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>
{
}
