using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace ConferenceGen.Runtime;

/// <summary>A reply as received: status, headers and the raw body bytes.</summary>
public sealed class ApiResponseInfo
{
    private string? _bodyText;

    /// <summary>Creates a reply record.</summary>
    public ApiResponseInfo(int statusCode, string? reasonPhrase, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string? contentType, byte[] body)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers;
        ContentType = contentType;
        Body = body;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The reason phrase the server sent, if any.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>Response and content headers, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The media type of the body, without parameters, or <c>null</c>.</summary>
    public string? ContentType { get; }

    /// <summary>The raw body.</summary>
    public byte[] Body { get; }

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText => _bodyText ??= System.Text.Encoding.UTF8.GetString(Body);

    // Hidden: how the client records a reply for ApiException; users read the record, they do not make it.
    /// <summary>Captures a reply whose body was already read.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static ApiResponseInfo From(HttpResponseMessage response, byte[] body)
    {
        Guard.NotNull(response);
        return new ApiResponseInfo((int)response.StatusCode, response.ReasonPhrase, HeadersOf(response), response.Content.Headers.ContentType?.MediaType, body);
    }

    /// <summary>A reply's response and content headers, copied, by name (case-insensitive).</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> HeadersOf(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers.Concat(response.Content.Headers))
        {
            headers[header.Key] = header.Value.ToArray();
        }

        return headers;
    }
}
