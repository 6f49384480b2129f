using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// A request as it was before it was sent (method, URI, version, headers, a body in memory), to build it again: an
/// <see cref="HttpRequestMessage"/> can be sent only once.
/// </summary>
internal sealed class RequestCopy
{
    private readonly HttpRequestMessage _original;
    private readonly HttpMethod _method;
    private readonly Uri? _uri;
    private readonly Version _version;
    private readonly List<KeyValuePair<string, IEnumerable<string>>> _headers;
    private readonly BufferedContent? _content;
    private readonly List<KeyValuePair<string, IEnumerable<string>>>? _contentHeaders;

    private RequestCopy(HttpRequestMessage original, BufferedContent? content)
    {
        _original = original;
        _method = original.Method;
        _uri = original.RequestUri;
        _version = original.Version;
        _headers = original.Headers.ToList();
        _content = content;
        _contentHeaders = content?.Headers.ToList();
    }

    /// <summary>The request as it is now, or null when its body cannot be sent twice (a stream, multipart).</summary>
    public static RequestCopy? Of(HttpRequestMessage request) => request.Content switch
    {
        null => new RequestCopy(request, null),
        BufferedContent content => new RequestCopy(request, content),
        _ => null,
    };

    /// <summary>A new request equal to the original before it was sent, with the runtime's marks.</summary>
    public HttpRequestMessage Make()
    {
        var request = new HttpRequestMessage(_method, _uri) { Version = _version };
        foreach (var header in _headers)
        {
            // Values the original carried, which passed HeaderValue's check when it was built.
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        request.Content = _content?.Copy(_contentHeaders!);
        RequestMarks.CopyTo(_original, request);
        return request;
    }
}
