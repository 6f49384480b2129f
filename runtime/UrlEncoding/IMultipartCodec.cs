namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>Writes a model as <c>multipart/form-data</c> parts. Generated for models sent as multipart bodies.</summary>
/// <typeparam name="T">The model type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public interface IMultipartCodec<T>
{
    /// <summary>Adds a part for each property that was set, in the spec's order.</summary>
    static abstract void WriteMultipart(MultipartWriter multipart, T value);
}
