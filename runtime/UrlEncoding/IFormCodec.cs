namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>Writes a model as <c>application/x-www-form-urlencoded</c> fields. Generated for models sent as forms.</summary>
/// <typeparam name="T">The model type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public interface IFormCodec<T>
{
    /// <summary>Adds the fields of <paramref name="value"/> that were set, in the spec's order.</summary>
    static abstract void WriteForm(FormWriter form, T value);
}
