namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// Turns a value into the text that goes into a URL path, a query string, a header or a form field,
/// and back. Scalars and generated enums implement it.
/// </summary>
/// <typeparam name="T">The C# type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public interface ITextCodec<T>
{
    /// <summary>The value as wire text, before percent-encoding.</summary>
    static abstract string Format(T value);

    /// <summary>Reads wire text, after percent-decoding.</summary>
    static abstract T Parse(string text);
}
