using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// A codec seen without its type: what the shared loops of model, union and form writing need to read and write
/// a value they hold as <see cref="object"/>. Every <see cref="JsonCodec{T}"/> is one.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public abstract class Codec
{
    private protected Codec()
    {
    }

    /// <summary>Whether a value is one piece of text in a URL, header or form field.</summary>
    internal virtual bool IsText => false;

    /// <summary>For lists: the codec of one item.</summary>
    internal virtual Codec? Items => null;

    internal abstract object? ReadObject(ref Utf8JsonReader reader);

    /// <summary>Reads a value that may be null, with the tolerance of <see cref="NullableCodec{T}"/>: JSON null, or a string this codec cannot read, is null.</summary>
    internal abstract object? ReadNullableObject(ref Utf8JsonReader reader);

    internal abstract void WriteObject(Utf8JsonWriter writer, object? value);

    /// <summary>A value from its wire text (a form field, a query value), for text codecs.</summary>
    internal virtual object? ParseObject(string text) => throw new System.NotSupportedException(GetType().Name + " has no text form.");

    /// <summary>For lists of text values: the list of a repeated form field's values.</summary>
    internal virtual object? ParseEach(System.Collections.Generic.IReadOnlyList<string> texts) => throw new System.NotSupportedException(GetType().Name + " is not a list of text values.");

    /// <summary>The wire text of a value, for text codecs.</summary>
    internal virtual string FormatObject(object value) => throw new System.NotSupportedException(GetType().Name + " has no text form.");
}
