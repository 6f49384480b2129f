using System.Text;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>
/// <c>name=value</c> pairs joined by a separator, as a query string (<c>&amp;</c>) and the <c>Cookie</c> header
/// (<c>; </c>) are written. Names and values arrive already encoded for their place.
/// </summary>
internal readonly struct PairText
{
    private readonly StringBuilder _text;
    private readonly string _separator;

    public PairText(string separator)
    {
        _text = new StringBuilder();
        _separator = separator;
    }

    public bool IsEmpty => _text.Length == 0;

    public void Add(string name, string value) => AddName(name).Append('=').Append(value);

    /// <summary>A name without a value (<c>beta</c> in <c>?beta&amp;x=1</c>).</summary>
    public StringBuilder AddName(string name)
    {
        if (_text.Length > 0)
        {
            _text.Append(_separator);
        }

        return _text.Append(name);
    }

    public override string ToString() => _text.ToString();
}
