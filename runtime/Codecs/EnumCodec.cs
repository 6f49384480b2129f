using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// The codec of a generated enum: reads the documented values to their static members, keeps values the spec
/// does not list (or, for strict enums, refuses them), and writes the exact wire value.
/// </summary>
/// <typeparam name="TEnum">The generated enum.</typeparam>
/// <typeparam name="TValue">Its wire value: string, int, long or double.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class EnumCodec<TEnum, TValue> : TextCodec<TEnum>
    where TEnum : ApiEnum<TEnum, TValue>
{
    private readonly TextCodec<TValue> _valueCodec;
    private readonly TEnum[] _values;
    private readonly byte[][] _utf8;
    private readonly HashSet<TEnum> _known;
    private readonly Func<TValue, TEnum> _create;
    private readonly string _typeName;
    private readonly bool _strict;

    /// <param name="valueCodec">The codec of the wire value.</param>
    /// <param name="create">An enum value from a wire value.</param>
    /// <param name="typeName">The enum's name, for errors.</param>
    /// <param name="strict">Whether a value the spec does not list is an error.</param>
    /// <param name="values">The documented values; reading one of them gives back that very member.</param>
    public EnumCodec(TextCodec<TValue> valueCodec, Func<TValue, TEnum> create, string typeName, bool strict, params TEnum[] values)
    {
        _valueCodec = valueCodec ?? throw new ArgumentNullException(nameof(valueCodec));
        _values = values ?? throw new ArgumentNullException(nameof(values));
        _create = create ?? throw new ArgumentNullException(nameof(create));
        _typeName = typeName;
        _strict = strict;
        _known = new HashSet<TEnum>(values);

        // String values are matched as UTF-8 without decoding them; numbers are read as numbers.
        _utf8 = typeof(TValue) == typeof(string)
            ? Array.ConvertAll(values, v => System.Text.Encoding.UTF8.GetBytes(valueCodec.Format(v.Value)))
            : Array.Empty<byte[]>();
    }

    /// <summary>Whether the value is one the spec lists.</summary>
    public bool IsDocumented(TEnum value) => _known.Contains(value);

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (var i = 0; i < _utf8.Length; i++)
            {
                if (reader.ValueTextEquals(_utf8[i]))
                {
                    return _values[i];
                }
            }
        }

        return Known(Checked(_create(_valueCodec.Read(ref reader))));
    }

    // A documented value read as a number (or parsed) is its member, so that members compare by reference too.
    private TEnum Known(TEnum value)
    {
        var index = Array.IndexOf(_values, value);
        return index >= 0 ? _values[index] : value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value) => _valueCodec.Write(writer, value.Value);

    /// <inheritdoc />
    public override string Format(TEnum value) => _valueCodec.Format(value.Value);

    /// <inheritdoc />
    public override TEnum Parse(string text) => Known(Checked(_create(_valueCodec.Parse(text))));

    internal override bool AcceptsKind(JsonValueKind kind) => _valueCodec.AcceptsKind(kind);

    // A union's alternative fits only with a value the spec lists, strict or not.
    private protected override bool IsListed(TEnum value) => _known.Contains(value);

    private TEnum Checked(TEnum value)
    {
        if (_strict && !_known.Contains(value))
        {
            // Not a ValueFormatException: a strict enum's refusal must not be softened to null by nullable codecs.
            throw new JsonException($"'{JsonRead.Truncate(Format(value), 100)}' is not a value the spec lists for {_typeName}.");
        }

        return value;
    }
}
