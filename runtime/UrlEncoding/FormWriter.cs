using System;
using System.Collections.Generic;
using System.Text;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>
/// Builds an <c>application/x-www-form-urlencoded</c> body: names exactly as the spec spells them, values
/// percent-encoded as RFC 3986 data with spaces as <c>+</c> (the HTML form encoding, as .NET's
/// <c>FormUrlEncodedContent</c> and curl's <c>--data-urlencode</c> write it).
/// </summary>
public sealed class FormWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>Adds one field.</summary>
    public void Add(string name, string value)
    {
        if (_text.Length > 0)
        {
            _text.Append('&');
        }

        AppendEncoded(_text, name);
        _text.Append('=');
        AppendEncoded(_text, value);
    }

    /// <summary>Adds one field from a typed value.</summary>
    public void Add<T, TCodec>(string name, T value)
        where TCodec : ITextCodec<T> => Add(name, TCodec.Format(value));

    /// <summary>Adds a field once per item (<c>explode: true</c>, the default for forms): <c>Tag=a&amp;Tag=b</c>.</summary>
    public void AddEach<T, TCodec>(string name, IEnumerable<T> values)
        where TCodec : ITextCodec<T>
    {
        foreach (var value in values)
        {
            Add(name, TCodec.Format(value));
        }
    }

    /// <summary>Adds a field with all items joined by commas (<c>explode: false</c>): <c>Tag=a,b</c>.</summary>
    public void AddJoined<T, TCodec>(string name, IEnumerable<T> values)
        where TCodec : ITextCodec<T> => Add(name, TextJoin.Join<T, TCodec>(values, ','));

    /// <summary>
    /// Adds a nested value (an object, a map, a list of objects) as one field holding its JSON text: forms have no
    /// nesting of their own, and this keeps the value exact.
    /// </summary>
    public void AddJson<T, TCodec>(string name, T value)
        where TCodec : IJsonCodec<T>
        => Add(name, JsonText.Of<T, TCodec>(value));

    /// <summary>The encoded body.</summary>
    public override string ToString() => _text.ToString();

    internal static void AppendEncoded(StringBuilder builder, string text)
    {
        var escaped = Uri.EscapeDataString(text);
        builder.Append(escaped.Replace("%20", "+", StringComparison.Ordinal));
    }
}
