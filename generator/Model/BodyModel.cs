namespace ConferenceGen.Generator.Model;

/// <summary>How a request body is written.</summary>
internal enum BodyKind
{
    Json,
    Form,
    Multipart,
    Text,

    /// <summary>Raw bytes.</summary>
    Stream,
}

/// <summary>The request body of an operation.</summary>
/// <param name="Name">The C# parameter name.</param>
/// <param name="Type">The body's type.</param>
/// <param name="Encodings">The media types the body can be sent as, the default first; more than one lets the caller choose.</param>
/// <param name="ContentTypeParameter">For raw bytes listed under several media types: the name of the parameter that says which one is sent; else null.</param>
internal sealed record BodyModel(string Name, TypeRef Type, EquatableArray<BodyEncoding> Encodings, string? ContentTypeParameter, bool Required, string? Description);

/// <summary>One media type a body can be sent as.</summary>
/// <param name="MediaType">The media type as the spec lists it.</param>
/// <param name="ContentType">The Content-Type sent for it.</param>
/// <param name="DeepObjects">For a form: the properties whose <c>encoding</c> entry says <c>style: deepObject</c>, by wire name.</param>
internal sealed record BodyEncoding(BodyKind Kind, string MediaType, string ContentType, EquatableArray<string> DeepObjects);
