using System;
using System.IO;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// A file for a <c>format: binary</c> field, as sent in a <c>multipart/form-data</c> part: its bytes, and the
/// file name and media type the part announces.
/// </summary>
public sealed class FilePart
{
    /// <summary>Creates a file part; the stream is read when the request is sent.</summary>
    public FilePart(Stream content, string? fileName = null, string? contentType = null)
    {
        Guard.NotNull(content);
        Content = content;
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>The bytes.</summary>
    public Stream Content { get; }

    /// <summary>The file name the part announces; the field name when not set.</summary>
    public string? FileName { get; }

    /// <summary>The media type of the part; <c>application/octet-stream</c> when not set.</summary>
    public string? ContentType { get; }
}
