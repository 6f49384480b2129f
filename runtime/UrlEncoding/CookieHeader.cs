using System;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>Builds the <c>Cookie</c> header from cookie parameters: <c>a=1; b=2</c>, values percent-encoded.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class CookieHeader
{
    private readonly PairText _text = new("; ");

    /// <summary>Whether no cookie was added.</summary>
    public bool IsEmpty => _text.IsEmpty;

    /// <summary>Adds a cookie.</summary>
    public void Add(string name, string text) => _text.Add(name, Uri.EscapeDataString(text));

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
