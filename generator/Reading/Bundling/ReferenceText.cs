using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ConferenceGen.Generator.Reading.Bundling;

/// <summary>
/// A <c>$ref</c> split into the file it names (relative to the file it is written in; none for a local reference)
/// and the JSON pointer into that file (RFC 6901, percent-decoded, <c>~1</c> and <c>~0</c> unescaped), or the reason
/// it cannot be followed in a build: a URL (a build never downloads), an absolute path, an anchor.
/// </summary>
internal sealed class ReferenceText
{
    // A URI scheme (http:, https:, file:, urn:…); one letter followed by ':' is a Windows drive instead.
    private static readonly Regex Scheme = new(@"^[A-Za-z][A-Za-z0-9+.\-]+:", RegexOptions.CultureInvariant);

    private ReferenceText(string text, string? file, IReadOnlyList<string> segments, string? problem)
    {
        Text = text;
        File = file;
        Segments = segments;
        Problem = problem;
    }

    /// <summary>The reference as written.</summary>
    public string Text { get; }

    /// <summary>The file part, as written; null for a reference into the file it is written in.</summary>
    public string? File { get; }

    /// <summary>The pointer's segments, unescaped; empty for the whole file.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>Why the reference cannot be followed, or null.</summary>
    public string? Problem { get; }

    public bool IsLocal => File is null;

    public static ReferenceText Parse(string text)
    {
        var trimmed = text.Trim();
        var hash = trimmed.IndexOf('#');
        var file = hash < 0 ? trimmed : trimmed.Substring(0, hash);
        var fragment = hash < 0 ? string.Empty : trimmed.Substring(hash + 1);
        var none = Array.Empty<string>();

        if (file.Length > 0 && Scheme.IsMatch(file))
        {
            return new ReferenceText(text, file, none, "it is a URL, and a build never downloads anything: save the file beside the spec and refer to it by a relative path");
        }

        if (file.Length > 0 && FolderPath.IsAbsolute(file))
        {
            return new ReferenceText(text, file, none, "it is an absolute path, which only works on one machine: refer to the file by a path relative to the file the reference is in");
        }

        var segments = Pointer.Segments("#" + fragment);
        if (segments is null)
        {
            return new ReferenceText(text, file.Length == 0 ? null : file, none, "its fragment '#" + fragment + "' is an anchor, not a JSON pointer (#/…)");
        }

        return new ReferenceText(text, file.Length == 0 ? null : file, segments, null);
    }

    /// <summary>The pointer of the segments, escaped, without '#' ("" for the whole file).</summary>
    public static string PointerOf(IEnumerable<string> segments)
    {
        var text = new System.Text.StringBuilder();
        foreach (var segment in segments)
        {
            text.Append('/').Append(Pointer.Escape(segment));
        }

        return text.ToString();
    }
}
