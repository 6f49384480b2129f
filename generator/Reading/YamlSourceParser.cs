using System.Collections.Generic;
using System.IO;
using SharpYaml;
using SharpYaml.Events;

namespace ConferenceGen.Generator.Reading;

/// <summary>Builds a <see cref="SourceNode"/> tree from YAML parser events, which carry character positions.</summary>
internal static class YamlSourceParser
{
    private const int MaxDepth = 512;

    /// <summary>Parses the first YAML document; throws SharpYaml's exceptions on syntax errors.</summary>
    public static SourceNode? Parse(string text)
    {
        var parser = Parser.CreateParser(new StringReader(text));
        var anchors = new Dictionary<string, SourceNode>();
        var stack = new Stack<SourceNode>();
        var pendingKeys = new Stack<SourceNode?>();
        SourceNode? root = null;

        void Attach(SourceNode node)
        {
            if (stack.Count == 0)
            {
                root ??= node;
                return;
            }

            var parent = stack.Peek();
            if (parent.Kind == SourceNodeKind.Sequence)
            {
                parent.Items.Add(node);
            }
            else if (pendingKeys.Peek() is { } key)
            {
                parent.Entries.Add((key, node));
                pendingKeys.Pop();
                pendingKeys.Push(null);
            }
            else
            {
                pendingKeys.Pop();
                pendingKeys.Push(node);
            }
        }

        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case Scalar scalar:
                    var scalarNode = new SourceNode(SourceNodeKind.Scalar, scalar.Start.Index, scalar.End.Index, scalar.Value, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted);
                    Remember(anchors, scalar.Anchor, scalarNode);
                    Attach(scalarNode);
                    break;
                case MappingStart mapping:
                    Open(new SourceNode(SourceNodeKind.Map, mapping.Start.Index, mapping.End.Index), mapping.Anchor);
                    break;
                case SequenceStart sequence:
                    Open(new SourceNode(SourceNodeKind.Sequence, sequence.Start.Index, sequence.End.Index), sequence.Anchor);
                    break;
                case MappingEnd or SequenceEnd:
                    var closed = stack.Pop();
                    pendingKeys.Pop();
                    closed.End = parser.Current.End.Index;
                    Attach(closed);
                    break;
                case AnchorAlias alias:
                    // Point at the alias itself: that is where the reader of the file looks.
                    var target = anchors.TryGetValue(alias.Value, out var anchored) ? anchored : null;
                    Attach(target ?? new SourceNode(SourceNodeKind.Scalar, alias.Start.Index, alias.End.Index, null));
                    break;
                case DocumentEnd when root is not null:
                    return root;
            }
        }

        return root;

        void Open(SourceNode node, string? anchor)
        {
            if (stack.Count >= MaxDepth)
            {
                throw new SourceFormatException("The YAML nests too deeply", node.Start);
            }

            Remember(anchors, anchor, node);
            stack.Push(node);
            pendingKeys.Push(null);
        }
    }

    private static void Remember(Dictionary<string, SourceNode> anchors, string? anchor, SourceNode node)
    {
        if (!string.IsNullOrEmpty(anchor))
        {
            anchors[anchor!] = node;
        }
    }
}
