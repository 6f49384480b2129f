using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ConferenceGen.Testing;

/// <summary>An HTTP request exactly as it arrived on the socket.</summary>
public sealed class RecordedRequest
{
    public RecordedRequest(string method, string target, string version, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body)
    {
        Method = method;
        Target = target;
        Version = version;
        Headers = headers;
        Body = body;
    }

    public string Method { get; }

    /// <summary>The request target as sent: path and query, still percent-encoded.</summary>
    public string Target { get; }

    public string Version { get; }

    public string Path => Target.Split('?')[0];

    public string Query => Target.Contains('?') ? Target[(Target.IndexOf('?') + 1)..] : string.Empty;

    /// <summary>Headers in the order they arrived.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public byte[] Body { get; }

    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The single value of a header, or null; fails when the header was sent more than once.</summary>
    public string? Header(string name)
    {
        var values = Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new InvalidOperationException($"The header {name} was sent {values.Count} times."),
        };
    }

    public override string ToString() => $"{Method} {Target}";
}
