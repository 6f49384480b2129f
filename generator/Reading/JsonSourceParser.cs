using System;
using System.Globalization;
using System.Text;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// A small JSON parser that keeps character positions. System.Text.Json reports byte offsets of UTF-8 and
/// SharpYaml fails on escaped surrogate pairs (which Twilio's spec contains), so neither can locate nodes.
/// </summary>
internal sealed class JsonSourceParser
{
    private const int MaxDepth = 512;
    private readonly string _text;
    private int _position;

    private JsonSourceParser(string text) => _text = text;

    /// <summary>Parses JSON text; throws <see cref="FormatException"/> at the first syntax error.</summary>
    public static SourceNode Parse(string text)
    {
        var parser = new JsonSourceParser(text);
        var root = parser.ParseValue(0);
        parser.SkipWhitespace();
        if (parser._position != text.Length)
        {
            throw parser.Error("Unexpected text after the JSON document");
        }

        return root;
    }

    private SourceNode ParseValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("The JSON nests too deeply");
        }

        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Error("Unexpected end of the JSON document");
        }

        switch (_text[_position])
        {
            case '{': return ParseObject(depth);
            case '[': return ParseArray(depth);
            case '"': return ParseString();
            default: return ParseLiteral();
        }
    }

    private SourceNode ParseObject(int depth)
    {
        var node = new SourceNode(SourceNodeKind.Map, _position, _position);
        _position++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            node.End = ++_position;
            return node;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("Expected a property name");
            }

            var key = ParseString();
            SkipWhitespace();
            Expect(':');
            var value = ParseValue(depth + 1);
            node.Entries.Add((key, value));
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect('}');
            node.End = _position;
            return node;
        }
    }

    private SourceNode ParseArray(int depth)
    {
        var node = new SourceNode(SourceNodeKind.Sequence, _position, _position);
        _position++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            node.End = ++_position;
            return node;
        }

        while (true)
        {
            node.Items.Add(ParseValue(depth + 1));
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect(']');
            node.End = _position;
            return node;
        }
    }

    private SourceNode ParseString()
    {
        var start = _position++;
        var value = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return new SourceNode(SourceNodeKind.Scalar, start, _position, value.ToString(), quoted: true);
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                break;
            }

            var escape = _text[_position++];
            switch (escape)
            {
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("Invalid \\u escape");
                    }

                    value.Append((char)code);
                    _position += 4;
                    break;
                default: value.Append(escape); break;
            }
        }

        throw Error("Unterminated string");
    }

    private SourceNode ParseLiteral()
    {
        var start = _position;
        while (_position < _text.Length && !IsDelimiter(_text[_position]))
        {
            _position++;
        }

        if (_position == start)
        {
            throw Error($"Unexpected character '{_text[_position]}'");
        }

        return new SourceNode(SourceNodeKind.Scalar, start, _position, _text.Substring(start, _position - start));
    }

    private static bool IsDelimiter(char c) => c is ',' or '}' or ']' or ':' || char.IsWhiteSpace(c);

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"Expected '{c}'");
        }

        _position++;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private FormatException Error(string message) => new SourceFormatException(message, _position);
}

/// <summary>A syntax error with the character position where it was found.</summary>
internal sealed class SourceFormatException : FormatException
{
    public SourceFormatException(string message, int position)
        : base(message) => Position = position;

    public int Position { get; }
}
