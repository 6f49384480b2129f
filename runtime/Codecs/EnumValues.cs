using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// The documented values of a generated enum. Reading a documented string value returns the shared instance
/// without allocating; any other value is kept as read, or refused when the enum is strict.
/// </summary>
/// <typeparam name="T">The enum struct.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class EnumValues<T>
    where T : IEquatable<T>
{
    private readonly T[] _values;
    private readonly byte[][] _utf8;
    private readonly HashSet<T> _known;
    private readonly Func<string, T> _create;
    private readonly Func<T, string> _text;
    private readonly string _typeName;
    private readonly bool _strict;

    /// <summary>Creates the table from the documented values and how to make any other one.</summary>
    /// <param name="values">The documented values.</param>
    /// <param name="text">The wire text of a value.</param>
    /// <param name="create">Makes a value from wire text.</param>
    /// <param name="typeName">The enum's name, for error messages.</param>
    /// <param name="strict">Whether values the spec does not list are refused when read.</param>
    public EnumValues(T[] values, Func<T, string> text, Func<string, T> create, string typeName = "", bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(create);
        _values = values;
        _text = text;
        _create = create;
        _typeName = typeName;
        _strict = strict;
        _known = new HashSet<T>(values);
        _utf8 = Array.ConvertAll(values, v => System.Text.Encoding.UTF8.GetBytes(text(v)));
    }

    /// <summary>Whether <paramref name="value"/> is one the spec lists.</summary>
    public bool Contains(T value) => _known.Contains(value);

    /// <summary>Reads a JSON string: the documented instance when it is one, otherwise a new value (or an error when strict).</summary>
    public T Read(ref Utf8JsonReader reader)
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

        return Checked(_create(StringCodec.Read(ref reader)));
    }

    /// <summary>Returns <paramref name="value"/>, or throws when the enum is strict and the spec does not list it.</summary>
    /// <exception cref="JsonException">The enum is strict and the value is not documented.</exception>
    public T Checked(T value)
    {
        if (_strict && !_known.Contains(value))
        {
            // Not a ValueFormatException: a strict enum's refusal must not be softened to null by nullable codecs.
            throw new JsonException($"'{JsonRead.Truncate(_text(value), 100)}' is not a value the spec lists for {_typeName}.");
        }

        return value;
    }
}
