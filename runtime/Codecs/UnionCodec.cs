using System;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Reads a generated union by keeping the JSON (which alternative it is, is decided when first asked), and writes
/// either that JSON or the alternative it was created from, with that alternative's codec.
/// </summary>
/// <typeparam name="T">The union.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class UnionCodec<T> : JsonCodec<T>
    where T : JsonUnion
{
    private readonly Func<JsonElement, T> _create;
    private readonly UnionRule _rule;

    /// <param name="create">The union holding a JSON value.</param>
    /// <param name="alternatives">The alternatives in the spec's order; called on first use, as for models.</param>
    /// <param name="discriminatorProperty">The property whose value names the alternative, when the union has one.</param>
    public UnionCodec(Func<JsonElement, T> create, Func<UnionAlternative[]> alternatives, string? discriminatorProperty = null)
    {
        _create = create ?? throw new ArgumentNullException(nameof(create));
        _rule = new UnionRule(alternatives ?? throw new ArgumentNullException(nameof(alternatives)), discriminatorProperty);
    }

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader)
    {
        var union = _create(JsonElement.ParseValue(ref reader));
        union.Rule = _rule;
        return union;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value)
    {
        if (value.IsFromJson)
        {
            value.WriteTo(writer);
            return;
        }

        var (alternative, created) = value.Created;
        _rule.Alternatives[alternative].Codec.WriteObject(writer, created);
    }

    internal override bool AcceptsKind(JsonValueKind kind) => _rule.AcceptsKind(kind);

    // A union inside a value that a union is choosing for: its kind is enough, as it decides for itself when asked
    // (checking deeper would try every alternative of every union down the tree).
    internal override bool Fits(JsonElement json) => _rule.AcceptsKind(json.ValueKind);
}
