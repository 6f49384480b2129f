using System;
using System.Text;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>Builds the <c>Cookie</c> header from cookie parameters: <c>a=1; b=2</c>, values percent-encoded.</summary>
public sealed class CookieHeader
{
    private readonly StringBuilder _text = new();

    /// <summary>Whether no cookie was added.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>Adds a cookie.</summary>
    public void Add<T, TCodec>(string name, T value)
        where TCodec : ITextCodec<T>
    {
        if (_text.Length > 0)
        {
            _text.Append("; ");
        }

        _text.Append(name).Append('=').Append(Uri.EscapeDataString(TCodec.Format(value)));
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
