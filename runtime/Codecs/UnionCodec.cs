using System;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Reads a generated union by keeping the JSON (its <c>AsX()</c> methods read it as one alternative), and writes
/// either that JSON or the alternative it was created from, with that alternative's codec.
/// </summary>
/// <typeparam name="T">The union.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class UnionCodec<T> : JsonCodec<T>
    where T : JsonUnion
{
    private readonly Func<JsonElement, T> _create;
    private readonly Func<Codec[]> _describe;
    private Codec[]? _alternatives;

    /// <param name="create">The union holding a JSON value.</param>
    /// <param name="alternatives">The codecs of the alternatives, in variant order; called on first use, as for models.</param>
    public UnionCodec(Func<JsonElement, T> create, Func<Codec[]> alternatives)
    {
        _create = create ?? throw new ArgumentNullException(nameof(create));
        _describe = alternatives ?? throw new ArgumentNullException(nameof(alternatives));
    }

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader) => _create(JsonElement.ParseValue(ref reader));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value)
    {
        var alternatives = _alternatives ??= _describe();
        if (value.Variant >= 0 && value.Variant < alternatives.Length)
        {
            alternatives[value.Variant].WriteObject(writer, value.Value);
        }
        else
        {
            value.WriteTo(writer);
        }
    }
}
