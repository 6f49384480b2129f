using System.Text.Json;
using System.Threading;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// The base of generated <c>oneOf</c> / <c>anyOf</c> types. <see cref="Value"/> is the alternative the union holds,
/// for pattern matching (<c>switch (shape.Value) { case Circle c: … }</c>); each generated <c>TryGetX</c> and
/// <c>AsX()</c> asks for one alternative. A value read from JSON keeps that JSON, is decoded on first use, once
/// (by the discriminator when there is one, otherwise by the first alternative whose shape the JSON has), and is
/// written back as the JSON it was; one created from an alternative is written as that alternative.
/// </summary>
public abstract class JsonUnion
{
    private readonly JsonElement _json;
    private UnionRule? _rule;
    private Decision? _decision;

    // The protected members are what generated unions are made of: hidden, so that a union shows its TryGetX and
    // AsX() methods, Value, Json and Discriminator.
    /// <summary>A value read from JSON.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected JsonUnion(JsonElement json) => _json = json;

    /// <summary>A value created from alternative number <paramref name="alternative"/>.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected JsonUnion(object value, int alternative)
    {
        Guard.NotNull(value);
        _decision = new Decision(alternative, value);
    }

    /// <summary>
    /// The alternative the union holds (a generated model, a string, a <c>long</c>, a list…), for <c>switch</c> and
    /// <c>is</c>; the <see cref="JsonElement"/> read when the JSON is none of the alternatives (a discriminator value
    /// the spec does not list, say). Decoded on first use, once.
    /// </summary>
    public object Value => Decided.Value;

    /// <summary>The JSON the value was read from; null when it was created from an alternative.</summary>
    public JsonElement? Json => IsFromJson ? _json : null;

    /// <summary>
    /// The value of the discriminator property in the JSON (a number's text for a numeric one), when the union has a
    /// discriminator; null when it was created from an alternative.
    /// </summary>
    public string? Discriminator => IsFromJson ? _rule?.DiscriminatorOf(_json) : null;

    /// <summary>What reads the JSON: set by the codec that read it.</summary>
    internal UnionRule? Rule
    {
        set => _rule = value;
    }

    /// <summary>Whether the value was read from JSON (and is written back as that JSON).</summary>
    internal bool IsFromJson => _json.ValueKind != JsonValueKind.Undefined;

    /// <summary>The alternative a value created from an alternative holds, and that value.</summary>
    internal (int Alternative, object Value) Created => (_decision!.Alternative, _decision.Value);

    private Decision Decided => _decision ?? Decide();

    /// <summary>The value as alternative number <paramref name="alternative"/>, when it is that one.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected bool TryGet<T>(int alternative, out T value)
    {
        var decided = Decided;
        if (decided.Alternative == alternative)
        {
            value = (T)decided.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>The value as a reference-type alternative, or null when it is another one.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected T? AsClass<T>(int alternative)
        where T : class => TryGet(alternative, out T value) ? value : null;

    /// <summary>The value as a value-type alternative, or null when it is another one.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected T? AsStruct<T>(int alternative)
        where T : struct => TryGet(alternative, out T value) ? value : null;

    internal void WriteTo(Utf8JsonWriter writer) => _json.WriteTo(writer);

    // Two threads may both decide; both decide alike, and the first decision is the one kept.
    private Decision Decide()
    {
        object? value = null;
        var alternative = _rule is null ? -1 : _rule.Choose(_json, out value);
        var decision = alternative >= 0 && value is not null ? new Decision(alternative, value) : new Decision(-1, _json);
        return Interlocked.CompareExchange(ref _decision, decision, null) ?? decision;
    }

    /// <summary>The alternative (-1 for none) and the value it holds (the JSON for none).</summary>
    private sealed class Decision
    {
        public Decision(int alternative, object value)
        {
            Alternative = alternative;
            Value = value;
        }

        public int Alternative { get; }

        public object Value { get; }
    }
}
