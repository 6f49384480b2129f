using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ConferenceGen.Prism.Tests.Synthesis;

/// <summary>
/// A string that a spec's <c>pattern</c> matches, for the simple expressions specs use (Twilio's
/// <c>^AC[0-9a-fA-F]{32}$</c>): literals, escapes, classes, groups, alternation and quantifiers. Each quantifier
/// repeats its minimum, more when the schema's <c>minLength</c> asks for a longer string. The result is checked
/// with .NET's regex engine; null when the pattern is beyond this (back-references, Unicode classes). A variant
/// above 0 picks other class members and branches, for arrays whose items must differ.
/// </summary>
internal static class PatternText
{
    // Characters tried, in order, for a negated class or a class made only of negated escapes.
    private const string Candidates = "a0A_-x9Z .";

    public static string? Generate(string pattern, int minLength = 0, int? maxLength = null, int variant = 0)
    {
        Node tree;
        try
        {
            tree = new Parser(pattern).Parse();
        }
        catch (FormatException)
        {
            return null;
        }

        for (var extra = 0; extra <= 64; extra++)
        {
            var text = new StringBuilder();
            tree.Write(text, extra, variant);
            if (text.Length < minLength)
            {
                continue;
            }

            var candidate = text.ToString();
            return (maxLength is null || candidate.Length <= maxLength) && Matches(pattern, candidate) ? candidate : null;
        }

        return null;
    }

    public static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            // Syntax .NET does not read (some ECMAScript forms): the text is taken as it is.
            return true;
        }
    }

    private abstract class Node
    {
        public abstract void Write(StringBuilder text, int extra, int variant);
    }

    private sealed class Literal(string text) : Node
    {
        public override void Write(StringBuilder builder, int extra, int variant) => builder.Append(text);
    }

    private sealed class Sequence(List<Node> items) : Node
    {
        public override void Write(StringBuilder text, int extra, int variant) => items.ForEach(i => i.Write(text, extra, variant));
    }

    // The first branch (unless a variant asks for another): any branch matches, and the first is what the spec's author wrote as the usual case.
    private sealed class Alternation(List<Node> branches) : Node
    {
        public override void Write(StringBuilder text, int extra, int variant) => branches[variant % branches.Count].Write(text, extra, variant);
    }

    /// <summary>One character of a class: its members in order, the first for variant 0.</summary>
    private sealed class CharacterClass(IReadOnlyList<char> members) : Node
    {
        public override void Write(StringBuilder text, int extra, int variant) => text.Append(members[variant % members.Count]);
    }

    private sealed class Repeat(Node item, int min, int? max) : Node
    {
        public override void Write(StringBuilder text, int extra, int variant)
        {
            var count = max is { } limit ? Math.Min(limit, min + extra) : min + extra;
            for (var i = 0; i < count; i++)
            {
                item.Write(text, extra, variant);
            }
        }
    }

    private sealed class Parser(string pattern)
    {
        private int _at;

        public Node Parse()
        {
            var node = ParseAlternation();
            if (_at < pattern.Length)
            {
                throw new FormatException("Unbalanced ')'.");
            }

            return node;
        }

        private bool More => _at < pattern.Length;

        private char Peek => pattern[_at];

        private char Next() => More ? pattern[_at++] : throw new FormatException("Unexpected end of pattern.");

        private Node ParseAlternation()
        {
            var branches = new List<Node> { ParseSequence() };
            while (More && Peek == '|')
            {
                _at++;
                branches.Add(ParseSequence());
            }

            return branches.Count == 1 ? branches[0] : new Alternation(branches);
        }

        private Node ParseSequence()
        {
            var items = new List<Node>();
            while (More && Peek is not ('|' or ')'))
            {
                items.Add(ParseQuantifier(ParseAtom()));
            }

            return new Sequence(items);
        }

        private Node ParseAtom()
        {
            var c = Next();
            switch (c)
            {
                case '(':
                    if (More && Peek == '?')
                    {
                        _at++;
                        var kind = Next();
                        if (kind is '=' or '!' || (kind == '<' && More && Peek is '=' or '!'))
                        {
                            // A lookaround adds no text.
                            if (kind == '<')
                            {
                                _at++;
                            }

                            ParseAlternation();
                            Expect(')');
                            return new Literal(string.Empty);
                        }

                        if (kind == '<' || (kind == 'P' && More && Peek == '<'))
                        {
                            while (Next() != '>')
                            {
                            }
                        }
                        else if (kind != ':')
                        {
                            throw new FormatException("Unsupported group.");
                        }

                    }

                    var inner = ParseAlternation();
                    Expect(')');
                    return inner;
                case '[':
                    return new CharacterClass(ParseClass());
                case '.':
                    return new Literal("a");
                case '^' or '$':
                    return new Literal(string.Empty);
                case '\\':
                    return Escape();
                default:
                    return new Literal(c.ToString());
            }
        }

        private Node ParseQuantifier(Node atom)
        {
            if (!More)
            {
                return atom;
            }

            Node? quantified = null;
            switch (Peek)
            {
                case '*':
                    _at++;
                    quantified = new Repeat(atom, 0, null);
                    break;
                case '+':
                    _at++;
                    quantified = new Repeat(atom, 1, null);
                    break;
                case '?':
                    _at++;
                    quantified = new Repeat(atom, 0, 1);
                    break;
                case '{' when TryBounds(out var min, out var max):
                    quantified = new Repeat(atom, min, max);
                    break;
            }

            if (quantified is null)
            {
                return atom;
            }

            if (More && Peek is '?' or '+')
            {
                _at++;
            }

            return quantified;
        }

        // {n}, {n,} or {n,m}; anything else is a literal brace.
        private bool TryBounds(out int min, out int? max)
        {
            var close = pattern.IndexOf('}', _at);
            min = 0;
            max = null;
            if (close < 0)
            {
                return false;
            }

            var body = pattern.Substring(_at + 1, close - _at - 1).Split(',');
            if (body.Length > 2 || !int.TryParse(body[0], NumberStyles.None, CultureInfo.InvariantCulture, out min))
            {
                return false;
            }

            if (body.Length == 1)
            {
                max = min;
            }
            else if (body[1].Length > 0)
            {
                if (!int.TryParse(body[1], NumberStyles.None, CultureInfo.InvariantCulture, out var upper))
                {
                    return false;
                }

                max = upper;
            }

            _at = close + 1;
            return true;
        }

        private List<char> ParseClass()
        {
            var negated = More && Peek == '^';
            if (negated)
            {
                _at++;
            }

            var ranges = new List<(char Low, char High)>();
            var tests = new List<Func<char, bool>>();
            var first = true;
            while (true)
            {
                var c = Next();
                if (c == ']' && !first)
                {
                    break;
                }

                first = false;
                char low;
                if (c == '\\')
                {
                    var e = Next();
                    if (ClassEscape(e) is { } test)
                    {
                        tests.Add(test);
                        continue;
                    }

                    low = EscapedChar(e);
                }
                else
                {
                    low = c;
                }

                var high = low;
                if (More && Peek == '-' && _at + 1 < pattern.Length && pattern[_at + 1] != ']')
                {
                    _at++;
                    var h = Next();
                    high = h == '\\' ? EscapedChar(Next()) : h;
                }

                ranges.Add((low, high));
            }

            bool Contains(char ch) => ranges.Any(r => ch >= r.Low && ch <= r.High) || tests.Any(t => t(ch));

            // A positive class starts with its first range's low end ([0-9a-f] gives 0, then 1…); others with a plain candidate.
            var members = new List<char>();
            if (!negated && ranges.Count > 0)
            {
                for (var ch = ranges[0].Low; ch <= ranges[0].High && members.Count < 16; ch++)
                {
                    members.Add(ch);
                }
            }

            members.AddRange(Candidates.Where(c => Contains(c) != negated && !members.Contains(c)));
            for (var ch = '!'; ch <= '~' && members.Count < 16; ch++)
            {
                if (Contains(ch) != negated && !members.Contains(ch))
                {
                    members.Add(ch);
                }
            }

            return members.Count > 0 ? members : throw new FormatException("Empty class.");
        }

        private Node Escape()
        {
            var e = Next();
            return e switch
            {
                'd' => new Literal("0"),
                'w' or 'D' or 'S' => new Literal("a"),
                's' => new Literal(" "),
                'W' => new Literal("-"),
                'b' or 'B' or 'A' or 'z' or 'Z' or 'G' => new Literal(string.Empty),
                'p' or 'P' or 'k' => throw new FormatException("Unsupported escape."),
                >= '1' and <= '9' => throw new FormatException("Back-references are not supported."),
                _ => new Literal(EscapedChar(e).ToString()),
            };
        }

        private static Func<char, bool>? ClassEscape(char e) => e switch
        {
            'd' => char.IsDigit,
            'D' => ch => !char.IsDigit(ch),
            'w' => ch => char.IsLetterOrDigit(ch) || ch == '_',
            'W' => ch => !(char.IsLetterOrDigit(ch) || ch == '_'),
            's' => char.IsWhiteSpace,
            'S' => ch => !char.IsWhiteSpace(ch),
            _ => null,
        };

        private char EscapedChar(char e)
        {
            switch (e)
            {
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case 'f': return '\f';
                case 'v': return '\v';
                case '0': return '\0';
                case 'x': return (char)Hex(2);
                case 'u': return (char)Hex(4);
                default: return e;
            }
        }

        private int Hex(int digits)
        {
            if (_at + digits > pattern.Length)
            {
                throw new FormatException("Short hex escape.");
            }

            var value = int.Parse(pattern.AsSpan(_at, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            _at += digits;
            return value;
        }

        private void Expect(char c)
        {
            if (Next() != c)
            {
                throw new FormatException($"Expected '{c}'.");
            }
        }
    }
}
