using System;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

// Hidden: thrown and caught inside the codecs (nullable ones read it as null); callers meet it as the JsonException it is.
/// <summary>
/// A string value that does not match its declared format (a date that is not a date). Optional and nullable
/// properties read such a value as null instead of failing the whole reply; see <see cref="NullableCodec{T}"/>.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class ValueFormatException : JsonException
{
    internal ValueFormatException(string message, Exception? inner)
        : base(message, inner)
    {
    }
}
