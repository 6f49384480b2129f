using System.Net.Http;
using System.Net.Http.Headers;
using ConferenceGen.Runtime.Codecs;
using ConferenceGen.Runtime.UrlEncoding;

namespace ConferenceGen.Runtime.Http;

/// <summary>Request bodies in the media types a spec declares, with exactly that <c>Content-Type</c>.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class RequestBody
{
    /// <summary>The media type of form bodies.</summary>
    public const string FormMediaType = "application/x-www-form-urlencoded";

    /// <summary>The media type of JSON bodies.</summary>
    public const string JsonMediaType = "application/json";

    /// <summary>A form body with the fields of <paramref name="value"/> that were set.</summary>
    /// <param name="value">The body.</param>
    /// <param name="codec">The model's codec, with its table of properties.</param>
    /// <param name="mediaType">The Content-Type sent.</param>
    /// <param name="deepObjects">The properties the spec's <c>encoding</c> writes in <c>style: deepObject</c>.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The two Form overloads are one design, declared together before the first release and told apart by the codec (a model's or a union's); generated code passes every argument.")]
    public static HttpContent Form<T>(T value, ModelCodec<T> codec, string mediaType = FormMediaType, params string[] deepObjects)
        where T : ApiModel
    {
        using var form = new FormWriter();
        TextFields.AddModel(form, value, codec, deepObjects);
        return Bytes(form.ToArray(), mediaType);
    }

    /// <summary>A form body of a value that is no model (a union of objects): the members of its JSON.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The two Form overloads are one design, declared together before the first release and told apart by the codec (a model's or a union's); generated code passes every argument.")]
    public static HttpContent Form<T>(T value, JsonCodec<T> codec, string mediaType = FormMediaType, params string[] deepObjects)
    {
        using var form = new FormWriter();
        using var json = JsonText.Document(value, codec);
        TextFields.AddMembers(form, json.RootElement, deepObjects);
        return Bytes(form.ToArray(), mediaType);
    }

    /// <summary>
    /// A <c>multipart/form-data</c> body with a part for each field of <paramref name="value"/> that was set; the
    /// properties named in <paramref name="deepObjects"/> as a part per <c>name[key]</c>, like a form's.
    /// </summary>
    public static HttpContent Multipart<T>(T value, ModelCodec<T> codec, params string[] deepObjects)
        where T : ApiModel
    {
        var multipart = new MultipartWriter();
        TextFields.AddModel(multipart, value, codec, deepObjects);
        return multipart.Content;
    }

    /// <summary>A <c>multipart/form-data</c> body of a value that is no model (a union of objects): a part per member of its JSON.</summary>
    public static HttpContent Multipart<T>(T value, JsonCodec<T> codec, params string[] deepObjects)
    {
        var multipart = new MultipartWriter();
        using var json = JsonText.Document(value, codec);
        TextFields.AddMembers(multipart, json.RootElement, deepObjects);
        return multipart.Content;
    }

    /// <summary>A JSON body.</summary>
    public static HttpContent Json<T>(T value, JsonCodec<T> codec, string mediaType = JsonMediaType) =>
        Bytes(JsonCodec.Utf8(value, codec).WrittenSpan.ToArray(), mediaType);

    /// <summary>A text body.</summary>
    public static HttpContent Text(string value, string mediaType) => Bytes(System.Text.Encoding.UTF8.GetBytes(value), mediaType);

    /// <summary>A binary body read from <paramref name="value"/> as it is sent.</summary>
    public static HttpContent Stream(System.IO.Stream value, string mediaType)
    {
        var content = new StreamContent(value);
        content.Headers.ContentType = ContentType(mediaType);
        return content;
    }

    /// <summary>The error for a <see cref="BodyFormat"/> the operation does not list.</summary>
    public static System.ArgumentOutOfRangeException Unsupported(BodyFormat format, string supported) =>
        new(nameof(format), format, $"This operation's body can be sent as {supported}.");

    // A bare media type needs no parsing; one with parameters (multipart boundaries, charsets) does.
    private static MediaTypeHeaderValue ContentType(string mediaType) =>
        mediaType.IndexOf(';') >= 0 ? MediaTypeHeaderValue.Parse(mediaType) : new MediaTypeHeaderValue(mediaType);

    private static BufferedContent Bytes(byte[] bytes, string mediaType)
    {
        var content = new BufferedContent(bytes);

        // No charset parameter: the vendors document the bare media type, and both types are UTF-8 by definition.
        content.Headers.ContentType = ContentType(mediaType);
        return content;
    }
}
