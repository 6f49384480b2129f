using System;
using System.Collections.Generic;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// An incoming webhook or callback request as a signature check and a payload reader need it: the method, the URL as
/// the vendor requested it (scheme, host, port, path and query, exactly as sent: the signatures cover that text), the
/// headers and the raw body. Built by a host's adapter (the ASP.NET Core endpoint, a test, a queue consumer).
/// </summary>
public sealed class WebhookRequest
{
    private readonly Dictionary<string, string> _headers;
    private IReadOnlyList<KeyValuePair<string, string>>? _form;

    /// <param name="method">The HTTP method (<c>POST</c>, <c>GET</c>).</param>
    /// <param name="url">The absolute URL the vendor requested, with its query, as the vendor wrote it (behind a proxy: the public URL, not the one the proxy forwarded to).</param>
    /// <param name="headers">The request's headers; names are matched without regard to case, and a repeated header's values are joined with <c>", "</c>.</param>
    /// <param name="body">The raw body, as received (empty for a GET).</param>
    public WebhookRequest(string method, string url, IEnumerable<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body)
    {
        Guard.NotNullOrEmpty(method);
        Guard.NotNullOrEmpty(url);
        Guard.NotNull(headers);
        if (!Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new ArgumentException("The URL must be absolute: the vendor's signature covers the scheme and host.", nameof(url));
        }

        Method = method;
        Url = url;
        Body = body;
        _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            _headers[header.Key] = _headers.TryGetValue(header.Key, out var earlier) ? earlier + ", " + header.Value : header.Value;
        }
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The absolute URL as the vendor requested it.</summary>
    public string Url { get; }

    /// <summary>The raw body.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The media type of the body, without parameters (<c>application/json</c>), or null without a <c>Content-Type</c>.</summary>
    public string? MediaType => Header("Content-Type") is { } type ? type.Split(';')[0].Trim() : null;

    /// <summary>Whether the body is a form (<c>application/x-www-form-urlencoded</c>).</summary>
    public bool IsForm => string.Equals(MediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the body is JSON (<c>application/json</c> or a <c>+json</c> type).</summary>
    public bool IsJson => MediaType is { } type
        && (string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>The value of a header, or null when the request has none of that name.</summary>
    public string? Header(string name) => _headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// The body's fields when it is a form, in the order sent, a repeated name once per value, names and values
    /// percent-decoded (UTF-8, <c>+</c> as a space); empty when the body is not a form.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Form => _form ??= IsForm ? FormFields.Parse(Body.Span) : Array.Empty<KeyValuePair<string, string>>();

    /// <summary>The fields of the URL's query string, decoded like <see cref="Form"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query
    {
        get
        {
            var start = Url.IndexOf('?');
            if (start < 0)
            {
                return Array.Empty<KeyValuePair<string, string>>();
            }

            var end = Url.IndexOf('#', start);
            var query = end < 0 ? Url.Substring(start + 1) : Url.Substring(start + 1, end - start - 1);
            return FormFields.Parse(System.Text.Encoding.UTF8.GetBytes(query));
        }
    }
}
