using System;
using System.Collections.Generic;
using System.Linq;

namespace ConferenceGen.Generator.Reading;

/// <summary>JSON pointer segments, for locating diagnostics and rewriting references.</summary>
internal static class Pointer
{
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>One segment as it names a key: <c>~1</c> is <c>/</c>, then <c>~0</c> is <c>~</c> (RFC 6901).</summary>
    public static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");

    /// <summary>The pointer of a list of segments, as <c>#/a/b~1c</c>.</summary>
    public static string Of(IEnumerable<string> segments) => "#" + string.Concat(segments.Select(s => "/" + Escape(s)));

    /// <summary>
    /// The segments a local reference (<c>#/paths/~1a~1%7Bid%7D/get</c>) names, or null when it is not local. A
    /// <c>$ref</c> is a URI, so its fragment is percent-decoded first; then it is split, and <c>~1</c> and
    /// <c>~0</c> are unescaped (RFC 6901). <c>#</c> alone names the document.
    /// </summary>
    public static IReadOnlyList<string>? Segments(string reference)
    {
        if (!reference.StartsWith("#", StringComparison.Ordinal))
        {
            return null;
        }

        var pointer = Uri.UnescapeDataString(reference.Substring(1));
        if (pointer.Length == 0)
        {
            return Array.Empty<string>();
        }

        if (pointer[0] != '/')
        {
            // A plain-name fragment (`#Pet`, a 3.1 anchor) is no pointer.
            return null;
        }

        return pointer.Substring(1).Split('/').Select(Unescape).ToArray();
    }
}
