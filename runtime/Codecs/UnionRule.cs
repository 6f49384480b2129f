using System;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Which alternative of a union a JSON value is. With a discriminator, the alternative whose discriminator values
/// hold the value of the discriminator property; otherwise (and among the alternatives the discriminator cannot
/// name, when it names none) the first alternative, in the spec's order, whose shape the JSON has exactly
/// (<see cref="Codec.Fits"/>) and that declares every member the JSON has; else the first whose shape it has; else
/// the first that takes its JSON kind and reads it. None when nothing reads it.
/// </summary>
internal sealed class UnionRule
{
    private readonly Func<UnionAlternative[]> _describe;
    private UnionAlternative[]? _alternatives;

    public UnionRule(Func<UnionAlternative[]> describe, string? discriminatorProperty)
    {
        _describe = describe;
        DiscriminatorProperty = discriminatorProperty;
    }

    /// <summary>The alternatives in the spec's order; described on first use, as models' properties are.</summary>
    public UnionAlternative[] Alternatives => _alternatives ??= _describe();

    public string? DiscriminatorProperty { get; }

    /// <summary>The discriminator property's value in the JSON: a string's value, or a number's or boolean's text.</summary>
    public string? DiscriminatorOf(JsonElement json) =>
        DiscriminatorProperty is { } name && json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var property)
            ? property.ValueKind switch
            {
                JsonValueKind.String => property.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>The index of the alternative the JSON is, with its value read; -1 when it is none of them.</summary>
    public int Choose(JsonElement json, out object? value)
    {
        var alternatives = Alternatives;
        if (DiscriminatorOf(json) is { } discriminator)
        {
            for (var i = 0; i < alternatives.Length; i++)
            {
                if (alternatives[i].IsNamed(discriminator))
                {
                    return alternatives[i].Codec.TryRead(json, out value) ? i : -1;
                }
            }
        }

        // The exact shape, from an alternative that declares every member the JSON has (of `{name, vat}`, a company
        // rather than a person who has a name), else from any.
        var fits = new bool[alternatives.Length];
        for (var i = 0; i < alternatives.Length; i++)
        {
            fits[i] = IsCandidate(alternatives[i]) && alternatives[i].Codec.Fits(json);
            if (fits[i] && alternatives[i].Codec.Declares(json) && alternatives[i].Codec.TryRead(json, out value))
            {
                return i;
            }
        }

        for (var i = 0; i < alternatives.Length; i++)
        {
            if (fits[i] && alternatives[i].Codec.TryRead(json, out value))
            {
                return i;
            }
        }

        for (var i = 0; i < alternatives.Length; i++)
        {
            if (IsCandidate(alternatives[i]) && alternatives[i].Codec.AcceptsKind(json.ValueKind) && alternatives[i].Codec.TryRead(json, out value))
            {
                return i;
            }
        }

        value = null;
        return -1;
    }

    /// <summary>Whether any alternative takes JSON of this kind (a union without alternatives takes any).</summary>
    public bool AcceptsKind(JsonValueKind kind)
    {
        var alternatives = Alternatives;
        if (alternatives.Length == 0)
        {
            return true;
        }

        foreach (var alternative in alternatives)
        {
            if (alternative.Codec.AcceptsKind(kind))
            {
                return true;
            }
        }

        return false;
    }

    // With a discriminator, the alternatives it names are chosen by it alone: a value it does not name is none of them.
    private bool IsCandidate(UnionAlternative alternative) => DiscriminatorProperty is null || alternative.DiscriminatorValues.Length == 0;
}
