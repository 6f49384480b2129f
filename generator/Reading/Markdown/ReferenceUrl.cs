using System;
using System.Collections.Generic;
using System.Linq;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>The URL of a reference page's request line, split as OpenAPI needs it: the origin is the server, the rest the path.</summary>
internal sealed record ReferenceUrl(string Server, string Route)
{
    /// <summary>The URL's origin as the server, and the rest as the path (at least "/"); a query or fragment is dropped.</summary>
    public static ReferenceUrl Split(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var slash = scheme < 0 ? -1 : url.IndexOf('/', scheme + 3);
        var query = url.IndexOfAny(new[] { '?', '#' });
        var withoutQuery = query < 0 ? url : url.Substring(0, query);
        if (slash < 0 || (query >= 0 && slash > query))
        {
            return new ReferenceUrl(withoutQuery, "/");
        }

        return new ReferenceUrl(withoutQuery.Substring(0, slash), withoutQuery.Substring(slash));
    }

    /// <summary>The server's host, without scheme or path: what the derived document is titled.</summary>
    public string Host
    {
        get
        {
            var scheme = Server.IndexOf("://", StringComparison.Ordinal);
            var host = scheme < 0 ? Server : Server.Substring(scheme + 3);
            var slash = host.IndexOf('/');
            return slash < 0 ? host : host.Substring(0, slash);
        }
    }

    /// <summary>The API version the path names (<c>/api/v2/…</c> → v2), else "1".</summary>
    public string Version
    {
        get
        {
            foreach (var segment in Route.Split('/'))
            {
                if (segment.Length >= 2 && (segment[0] == 'v' || segment[0] == 'V') && segment.Substring(1).All(char.IsDigit))
                {
                    return segment.ToLowerInvariant();
                }
            }

            return "1";
        }
    }

    /// <summary>The names of the path's <c>{placeholders}</c>, each once, in order.</summary>
    public List<string> Placeholders()
    {
        var names = new List<string>();
        var at = 0;
        while ((at = Route.IndexOf('{', at)) >= 0)
        {
            var end = Route.IndexOf('}', at);
            if (end < 0)
            {
                break;
            }

            var name = Route.Substring(at + 1, end - at - 1);
            if (name.Length > 0 && !names.Contains(name))
            {
                names.Add(name);
            }

            at = end;
        }

        return names;
    }
}
