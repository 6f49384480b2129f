using System;
using ConferenceGen.Runtime.Http;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>Builds the <c>Cookie</c> header from cookie parameters: <c>a=1; b=2</c>, values percent-encoded.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class CookieHeader
{
    private readonly PairText _text = new("; ");

    /// <summary>Whether no cookie was added.</summary>
    public bool IsEmpty => _text.IsEmpty;

    /// <summary>
    /// Adds a cookie. The value is percent-encoded, so nothing in it can end the pair (<c>;</c> is sent as
    /// <c>%3B</c>); a CR, LF or NUL is refused outright, like in every other header value.
    /// </summary>
    /// <param name="name">The cookie's name, from the spec.</param>
    /// <param name="text">The value, before encoding.</param>
    /// <param name="parameter">The method parameter the value came from, for the exception.</param>
    /// <exception cref="ArgumentException">The value holds CR, LF or NUL.</exception>
    public void Add(string name, string text, string parameter) => _text.Add(name, Uri.EscapeDataString(HeaderValue.Checked(text, parameter)));

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
