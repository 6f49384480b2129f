using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using ConferenceGen.Runtime.Codecs;
using ConferenceGen.Runtime.Http;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>Builds a <c>multipart/form-data</c> body: text fields, files, and nested values as JSON parts.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class MultipartWriter : ITextFields
{
    /// <summary>The body being built.</summary>
    public MultipartFormDataContent Content { get; } = new();

    /// <summary>Adds a text part.</summary>
    public void Add<T>(string name, T value, TextCodec<T> codec) => AddText(name, codec.Format(value));

    /// <summary>Adds one text part per item, all with the same name.</summary>
    public void AddEach<T>(string name, IEnumerable<T> values, TextCodec<T> codec) => TextFields.AddEach(this, name, values, codec);

    /// <summary>Adds a file part.</summary>
    public void AddFile(string name, FilePart file)
    {
        var part = new StreamContent(file.Content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType ?? "application/octet-stream");
        AddPart(part, name, file.FileName ?? name);
    }

    /// <summary>Adds a structured value as an <c>application/json</c> part.</summary>
    public void AddJson<T>(string name, T value, JsonCodec<T> codec) => AddPart(RequestBody.Json(value, codec), name, null);

    void ITextFields.AddText(string name, string text) => AddText(name, text);

    void ITextFields.AddJson(string name, string json) => AddPart(RequestBody.Text(json, RequestBody.JsonMediaType), name, null);

    void ITextFields.AddFile(string name, FilePart file, Codec codec) => AddFile(name, file);

    private void AddText(string name, string text) => AddPart(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), name, null);

    // RFC 7578: name and filename are quoted strings (.NET would write bare tokens). A non-ASCII file name also goes in filename*.
    private void AddPart(HttpContent part, string name, string? fileName)
    {
        var disposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name) };
        if (fileName is not null)
        {
            disposition.FileName = Quote(fileName);
            if (!IsAscii(fileName))
            {
                disposition.FileNameStar = fileName;
            }
        }

        part.Headers.ContentDisposition = disposition;
        Content.Add(part);
    }

    // As browsers encode form data: what would end the quoted string (or the part's header: CR, LF, NUL) is percent-encoded, and so is non-ASCII text (headers are ASCII).
    private static string Quote(string value)
    {
        var text = new System.Text.StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '"' or '\r' or '\n' or '\0' or '\\' || c > '\u007F')
            {
                // One scalar value at a time: a surrogate pair together, a lone surrogate as U+FFFD (as Rune reads it).
                var scalar = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                    ? value.Substring(i++, 2)
                    : char.IsSurrogate(c) ? "\uFFFD" : c.ToString();
                text.Append(System.Uri.EscapeDataString(scalar));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.Append('"').ToString();
    }

    private static bool IsAscii(string value)
    {
        foreach (var c in value)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }
}
