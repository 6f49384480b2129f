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

    /// <summary>
    /// Whether the codec's values are written as JSON of this kind (a quoted number is not a number here): a union
    /// tries an alternative only for JSON of a kind it takes.
    /// </summary>
    internal virtual bool AcceptsKind(JsonValueKind kind) => true;

    /// <summary>
    /// Whether the JSON has exactly this codec's shape: its kind, and what the codec would otherwise forgive (a
    /// missing required property, an unlisted enum value, a date that is no date, a member of the wrong kind). How a
    /// union without a discriminator picks its alternative. By default: a kind it takes, which the codec reads.
    /// </summary>
    internal virtual bool Fits(JsonElement json) => AcceptsKind(json.ValueKind) && TryRead(json, out _);

    /// <summary>
    /// Whether the codec's type declares every member of the JSON (for a model: each property, or there are additional
    /// properties); of two alternatives that fit, a union prefers the one that does.
    /// </summary>
    internal virtual bool Declares(JsonElement json) => true;

    /// <summary>Reads a JSON value with this codec; false, and no exception, when the codec refuses it.</summary>
    internal bool TryRead(JsonElement json, out object? value)
    {
        var utf8 = JsonCodec.Utf8(json, JsonElementCodec.Instance);
        try
        {
            var reader = new Utf8JsonReader(utf8.WrittenSpan);
            reader.Read();
            value = ReadObject(ref reader);
            return true;
        }
        catch (System.Exception e) when (e is JsonException or System.FormatException or System.InvalidOperationException or System.OverflowException)
        {
            value = null;
            return false;
        }
    }
}
