using System;
using System.Collections.Generic;

namespace ConferenceGen.Generator.Reading.Bundling;

/// <summary>
/// Paths of spec files as strings, never through the disk: separators made '/', <c>.</c> and <c>..</c> segments
/// resolved, so that a reference names a file the same way on every system and a build stays reproducible.
/// </summary>
internal static class FolderPath
{
    /// <summary>The path with '/' separators and without <c>.</c> or <c>..</c> segments (a <c>..</c> above the start stays, and fails every folder check).</summary>
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", StringComparison.Ordinal);
        var segments = new List<string>();
        foreach (var segment in unified.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", segments);
    }

    /// <summary>The folder part of a normalized path ("" for a bare name).</summary>
    public static string Folder(string normalized)
    {
        var cut = normalized.LastIndexOf('/');
        return cut < 0 ? string.Empty : normalized.Substring(0, cut);
    }

    /// <summary>A relative path taken from a folder, normalized.</summary>
    public static string Combine(string folder, string relative) =>
        Normalize(folder.Length == 0 ? relative : folder + "/" + relative);

    /// <summary>Whether the normalized path lies inside the normalized folder (at any depth).</summary>
    public static bool IsInside(string path, string folder)
    {
        var prefix = folder.EndsWith("/", StringComparison.Ordinal) ? folder : folder + "/";
        return path.StartsWith(prefix, StringComparison.Ordinal) || path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The path of <paramref name="path"/> relative to <paramref name="folder"/>, for messages; the path itself when it lies outside.</summary>
    public static string Relative(string path, string folder)
    {
        var normalized = Normalize(path);
        var root = Normalize(folder);
        return IsInside(normalized, root) ? normalized.Substring(root.Length).TrimStart('/') : normalized;
    }

    /// <summary>Whether a reference's file part is an absolute path (<c>/x.yaml</c>, <c>C:\x.yaml</c>, <c>\\server\x</c>).</summary>
    public static bool IsAbsolute(string file) =>
        file.StartsWith("/", StringComparison.Ordinal) || file.StartsWith("\\", StringComparison.Ordinal)
        || (file.Length >= 2 && char.IsLetter(file[0]) && file[1] == ':');
}
