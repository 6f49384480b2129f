using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using ConferenceGen.Runtime.Codecs;
using ConferenceGen.Runtime.Http;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>
/// Builds an <c>application/x-www-form-urlencoded</c> body: names exactly as the spec spells them, values
/// percent-encoded as RFC 3986 data with spaces as <c>+</c> (the HTML form encoding, as .NET's
/// <c>FormUrlEncodedContent</c> and curl's <c>--data-urlencode</c> write it).
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class FormWriter : IDisposable, ITextFields
{
    private byte[] _buffer = [];
    private int _length;

    /// <summary>Adds one field.</summary>
    public void Add(string name, string value)
    {
        Guard.NotNull(name);
        Guard.NotNull(value);
        if (_length > 0)
        {
            Append((byte)'&');
        }

        AppendEncoded(name);
        Append((byte)'=');
        AppendEncoded(value);
    }

    /// <summary>Adds one field from a typed value.</summary>
    public void Add<T>(string name, T value, TextCodec<T> codec) => Add(name, codec.Format(value));

    /// <summary>Adds a field once per item (<c>explode: true</c>, the default for forms): <c>Tag=a&amp;Tag=b</c>.</summary>
    public void AddEach<T>(string name, IEnumerable<T> values, TextCodec<T> codec) => TextFields.AddEach(this, name, values, codec);

    /// <summary>Adds a field with all items joined by commas (<c>explode: false</c>): <c>Tag=a,b</c>.</summary>
    public void AddJoined<T>(string name, IEnumerable<T> values, TextCodec<T> codec) => Add(name, TextJoin.Join(values, codec, ','));

    /// <summary>
    /// Adds a nested value (an object, a map, a list of objects) as one field holding its JSON text: forms have no
    /// nesting of their own, and this keeps the value exact.
    /// </summary>
    public void AddJson<T>(string name, T value, JsonCodec<T> codec) => Add(name, JsonText.Of(value, codec));

    /// <summary>The encoded body (ASCII by construction).</summary>
    public override string ToString() => Encoding.ASCII.GetString(_buffer, 0, _length);

    /// <summary>The encoded body as the bytes that are sent.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    void ITextFields.AddText(string name, string text) => Add(name, text);

    void ITextFields.AddJson(string name, string json) => Add(name, json);

    void ITextFields.AddFile(string name, FilePart file, Codec codec) => Add(name, JsonText.Of(codec, file));

    /// <summary>Returns the pooled buffer; the writer is empty afterwards.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Percent-encodes the UTF-8 bytes of the text, leaving only RFC 3986 unreserved characters as they are.
    private void AppendEncoded(string text)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        Span<byte> utf8 = maxBytes <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        var count = Encoding.UTF8.GetBytes(text, utf8);
        Reserve(count * 3);
        foreach (var b in utf8[..count])
        {
            if (IsUnreserved(b))
            {
                _buffer[_length++] = b;
            }
            else if (b == (byte)' ')
            {
                _buffer[_length++] = (byte)'+';
            }
            else
            {
                _buffer[_length++] = (byte)'%';
                _buffer[_length++] = HexDigits[b >> 4];
                _buffer[_length++] = HexDigits[b & 0xF];
            }
        }

        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static ReadOnlySpan<byte> HexDigits => "0123456789ABCDEF"u8;

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';

    private void Append(byte b)
    {
        Reserve(1);
        _buffer[_length++] = b;
    }

    private void Reserve(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_length + more, Math.Max(256, _buffer.Length * 2)));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = larger;
    }
}
