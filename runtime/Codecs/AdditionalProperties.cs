using System.Collections.Generic;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// The JSON properties a model's schema does not declare by name but gives a schema (<c>additionalProperties</c>
/// beside <c>properties</c>): kept in a dictionary in the slot after the declared properties, not skipped.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public abstract class AdditionalProperties
{
    private protected AdditionalProperties()
    {
    }

    internal abstract void Read(object?[] slots, int slot, string name, ref Utf8JsonReader reader);

    internal abstract void Write(object?[] slots, int slot, Utf8JsonWriter writer);

    /// <summary>Whether an undeclared property's value has the shape the schema gives them.</summary>
    internal abstract bool Fits(JsonElement json);
}

/// <summary>Undeclared properties whose values <paramref name="value"/> reads and writes.</summary>
/// <typeparam name="T">The type of one value.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class AdditionalProperties<T>(JsonCodec<T> value) : AdditionalProperties
{
    internal override void Read(object?[] slots, int slot, string name, ref Utf8JsonReader reader)
    {
        if (slots[slot] is not IDictionary<string, T> map)
        {
            slots[slot] = map = new Dictionary<string, T>();
        }

        map[name] = value.Read(ref reader);
    }

    internal override bool Fits(JsonElement json) => value.Fits(json);

    internal override void Write(object?[] slots, int slot, Utf8JsonWriter writer)
    {
        if (slots[slot] is not IDictionary<string, T> map)
        {
            return;
        }

        foreach (var pair in map)
        {
            writer.WritePropertyName(pair.Key);
            value.Write(writer, pair.Value);
        }
    }
}
