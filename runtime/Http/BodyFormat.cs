namespace ConferenceGen.Runtime.Http;

/// <summary>
/// Which of the media types listed for a request body is sent, for operations that list several
/// (SignalWire's conference update takes a form or JSON). <see cref="Default"/> is the first one the spec lists.
/// </summary>
public enum BodyFormat
{
    /// <summary>The first media type the spec lists for the body.</summary>
    Default,

    /// <summary><c>application/json</c> (or the JSON media type the spec names).</summary>
    Json,

    /// <summary><c>application/x-www-form-urlencoded</c>.</summary>
    Form,

    /// <summary><c>multipart/form-data</c>.</summary>
    Multipart,

    /// <summary>A <c>text/*</c> media type.</summary>
    Text,

    /// <summary>Raw bytes, such as <c>application/octet-stream</c>.</summary>
    Binary,
}
