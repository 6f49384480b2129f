using System;
using System.Collections.Generic;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>Path parameter values (<c>style: simple</c>), percent-encoded so that a value can never change the path.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class UrlPath
{
    /// <summary>One value as a path segment.</summary>
    public static string Escape<T>(T value, TextCodec<T> codec) => Segment(codec.Format(value));

    /// <summary>Several values joined by commas, each percent-encoded (<c>style: simple</c> arrays).</summary>
    public static string EscapeJoined<T>(IEnumerable<T> values, TextCodec<T> codec) => string.Join(",", EscapeEach(values, codec));

    private static IEnumerable<string> EscapeEach<T>(IEnumerable<T> values, TextCodec<T> codec)
    {
        foreach (var value in values)
        {
            yield return Segment(codec.Format(value));
        }
    }

    // "." and ".." are escaped too: as plain segments, URL normalisation would remove them and move the request up the path.
    private static string Segment(string text) => text switch
    {
        "." => "%2E",
        ".." => "%2E%2E",
        _ => Uri.EscapeDataString(text),
    };
}
