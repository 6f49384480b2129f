using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using ConferenceGen.Runtime.Codecs;
using ConferenceGen.Runtime.Http;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>Builds a <c>multipart/form-data</c> body: text fields, files, and nested values as JSON parts.</summary>
public sealed class MultipartWriter
{
    /// <summary>The body being built.</summary>
    public MultipartFormDataContent Content { get; } = new();

    /// <summary>Adds a text part.</summary>
    public void Add<T, TCodec>(string name, T value)
        where TCodec : ITextCodec<T> => Content.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(TCodec.Format(value))), Quote(name));

    /// <summary>Adds one text part per item, all with the same name.</summary>
    public void AddEach<T, TCodec>(string name, IEnumerable<T> values)
        where TCodec : ITextCodec<T>
    {
        foreach (var value in values)
        {
            Add<T, TCodec>(name, value);
        }
    }

    /// <summary>Adds a file part.</summary>
    public void AddFile(string name, FilePart file)
    {
        var part = new StreamContent(file.Content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType ?? "application/octet-stream");
        Content.Add(part, Quote(name), Quote(file.FileName ?? name));
    }

    /// <summary>Adds a structured value as an <c>application/json</c> part.</summary>
    public void AddJson<T, TCodec>(string name, T value)
        where TCodec : IJsonCodec<T>
    {
        var part = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(JsonText.Of<T, TCodec>(value)));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Content.Add(part, Quote(name));
    }

    // MultipartFormDataContent quotes names itself; encode what would end the quoted string, as browsers do (HTML form submission).
    private static string Quote(string value) =>
        value.Replace("\"", "%22", System.StringComparison.Ordinal).Replace("\r", "%0D", System.StringComparison.Ordinal).Replace("\n", "%0A", System.StringComparison.Ordinal);
}
