namespace ConferenceGen.Runtime.Codecs;

/// <summary>Calls a text codec through its type arguments (see <see cref="JsonCodec"/> for why).</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class TextCodec
{
    /// <summary>The wire text of a value.</summary>
    public static string Format<T, TCodec>(T value)
        where TCodec : ITextCodec<T> => TCodec.Format(value);
}
