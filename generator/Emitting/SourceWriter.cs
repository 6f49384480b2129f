using System.Text;

namespace ConferenceGen.Generator.Emitting;

/// <summary>Writes C# source line by line at an indentation of four spaces per level.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    private readonly StringBuilder _text = new(4096);
    private int _depth;

    /// <summary>Writes one indented line.</summary>
    public SourceWriter Line(string text)
    {
        for (var i = 0; i < _depth; i++)
        {
            _text.Append(IndentUnit);
        }

        _text.Append(text).Append('\n');
        return this;
    }

    /// <summary>Writes an empty line.</summary>
    public SourceWriter Line()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <c>{</c> and indents what follows.</summary>
    public SourceWriter Open()
    {
        Line("{");
        _depth++;
        return this;
    }

    /// <summary>Ends the innermost block with <paramref name="closing"/> (<c>}</c>, or <c>};</c> and the like).</summary>
    public SourceWriter Close(string closing = "}")
    {
        _depth--;
        return Line(closing);
    }

    /// <summary>The current indentation, for text that spans lines inside one statement.</summary>
    public string Indentation => new(' ', _depth * IndentUnit.Length);

    public override string ToString() => _text.ToString();
}
