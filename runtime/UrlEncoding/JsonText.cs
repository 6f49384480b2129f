using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>A value's JSON as a string, for structured values in places that only carry text.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class JsonText
{
    /// <summary>The JSON text of <paramref name="value"/>.</summary>
    public static string Of<T, TCodec>(T value)
        where TCodec : IJsonCodec<T> => System.Text.Encoding.UTF8.GetString(JsonCodec.Utf8<T, TCodec>(value, 128).WrittenSpan);
}
