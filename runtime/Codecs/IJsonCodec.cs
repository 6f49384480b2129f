using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Reads and writes one C# type as JSON without reflection. Generated models and enums implement it for
/// themselves; the runtime provides it for scalars and collections, so codecs compose by type argument
/// (for example <c>ListCodec&lt;Conference, Conference&gt;</c>) and stay trim- and AOT-safe.
/// </summary>
/// <typeparam name="T">The C# type this codec reads and writes.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public interface IJsonCodec<T>
{
    /// <summary>Reads a value; the reader is on the value's first token and is left on its last token.</summary>
    static abstract T Read(ref Utf8JsonReader reader);

    /// <summary>Writes a value.</summary>
    static abstract void Write(Utf8JsonWriter writer, T value);
}
