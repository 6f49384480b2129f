using System.Collections.Generic;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// A node of a spec's text with its character span: what OpenAPI.NET's object model does not keep, and
/// what diagnostics need to point into the file. Built only when something has to be reported or repaired.
/// </summary>
internal sealed class SourceNode
{
    public SourceNode(SourceNodeKind kind, int start, int end, string? scalar = null, bool quoted = false)
    {
        Kind = kind;
        Start = start;
        End = end;
        Scalar = scalar;
        Quoted = quoted;
    }

    public SourceNodeKind Kind { get; }

    public int Start { get; }

    public int End { get; set; }

    /// <summary>The scalar's value, after unescaping.</summary>
    public string? Scalar { get; }

    /// <summary>Whether the scalar was written in quotes (so it is a string, whatever it looks like).</summary>
    public bool Quoted { get; }

    public List<(SourceNode Key, SourceNode Value)> Entries { get; } = new();

    public List<SourceNode> Items { get; } = new();

    public SourceNode? Find(string key)
    {
        foreach (var (entryKey, value) in Entries)
        {
            if (entryKey.Scalar == key)
            {
                return value;
            }
        }

        return null;
    }

    public SourceNode? FindKey(string key)
    {
        foreach (var (entryKey, _) in Entries)
        {
            if (entryKey.Scalar == key)
            {
                return entryKey;
            }
        }

        return null;
    }
}

internal enum SourceNodeKind
{
    Map,
    Sequence,
    Scalar,
}
