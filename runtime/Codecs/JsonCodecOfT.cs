using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Reads and writes one C# type as JSON without reflection. Generated models, enums and unions each expose one
/// as their <c>Codec</c>; the runtime provides them for scalars and collections, which compose by wrapping
/// (<c>new ListCodec&lt;Conference&gt;(Conference.Codec)</c>), so everything stays trim- and AOT-safe.
/// </summary>
/// <typeparam name="T">The C# type this codec reads and writes.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0022", Justification = "Codec has no protected members (its constructor is private protected, the rest internal): deriving from JsonCodec<T> exposes nothing of it.")]
public abstract class JsonCodec<T> : Codec
{
    /// <summary>Reads a value; the reader is on the value's first token and is left on its last token.</summary>
    public abstract T Read(ref Utf8JsonReader reader);

    /// <summary>Writes a value.</summary>
    public abstract void Write(Utf8JsonWriter writer, T value);

    internal override object? ReadObject(ref Utf8JsonReader reader) => Read(ref reader);

    internal override object? ReadNullableObject(ref Utf8JsonReader reader) => NullableJson.TryRead(ref reader, this, out var value) ? value : null;

    internal override void WriteObject(Utf8JsonWriter writer, object? value) => Write(writer, (T)value!);
}

/// <summary>A codec whose values are also one piece of text in a URL path, a query string, a header or a form field.</summary>
/// <typeparam name="T">The C# type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public abstract class TextCodec<T> : JsonCodec<T>
{
    /// <summary>The value as wire text, before percent-encoding.</summary>
    public abstract string Format(T value);

    /// <summary>Reads wire text, after percent-decoding.</summary>
    public abstract T Parse(string text);

    internal override bool IsText => true;

    internal override string FormatObject(object value) => Format((T)value);

    internal override object? ParseObject(string text) => Parse(text);

    // Text is written as a JSON string; the codecs written otherwise (numbers, booleans, any JSON) say so.
    internal override bool AcceptsKind(JsonValueKind kind) => kind == JsonValueKind.String;

    internal override bool Fits(JsonElement json)
    {
        if (!AcceptsKind(json.ValueKind))
        {
            return false;
        }

        try
        {
            return IsListed(Parse(TextOf(json)));
        }
        catch (System.Exception e) when (e is JsonException or System.FormatException or System.OverflowException)
        {
            return false;
        }
    }

    /// <summary>Whether a value read from text is one the type lists: always, but for enums.</summary>
    private protected virtual bool IsListed(T value) => true;

    /// <summary>The text of a JSON scalar: a string's value, or a number's or boolean's JSON text.</summary>
    private static string TextOf(JsonElement json) => json.ValueKind == JsonValueKind.String ? json.GetString()! : json.GetRawText();
}
