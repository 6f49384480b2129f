using System;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// The documented values of a generated string enum, with their UTF-8 text: reading a documented value returns
/// the shared instance without allocating a string; any other value is kept as read.
/// </summary>
/// <typeparam name="T">The enum struct.</typeparam>
public sealed class EnumValues<T>
{
    private readonly T[] _values;
    private readonly byte[][] _utf8;
    private readonly Func<string, T> _create;

    /// <summary>Creates the table from the documented values and how to make any other one.</summary>
    public EnumValues(T[] values, Func<T, string> text, Func<string, T> create)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(text);
        _values = values;
        _create = create;
        _utf8 = Array.ConvertAll(values, v => System.Text.Encoding.UTF8.GetBytes(text(v)));
    }

    /// <summary>Reads a JSON string: the documented instance when it is one, otherwise a new value.</summary>
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

        return _create(StringCodec.Read(ref reader));
    }
}
