using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// A body held in memory (form, JSON and text bodies): sent exactly as <see cref="ByteArrayContent"/> sends it, and
/// able to make a copy of itself after it was sent, so that a request can go once more (a 401 answered with a fresh
/// OAuth 2 token). On .NET Framework <see cref="HttpClient"/> disposes a request's content once it is sent; the bytes
/// outlive that.
/// </summary>
internal sealed class BufferedContent : ByteArrayContent
{
    private readonly byte[] _bytes;

    public BufferedContent(byte[] bytes)
        : base(bytes)
    {
        _bytes = bytes;
    }

    /// <summary>New content with the same bytes and the given content headers (taken before the first send).</summary>
    public BufferedContent Copy(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        var copy = new BufferedContent(_bytes);
        foreach (var header in headers.Where(h => !string.Equals(h.Key, "Content-Length", System.StringComparison.OrdinalIgnoreCase)))
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }
}
