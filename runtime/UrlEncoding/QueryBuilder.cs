using System;
using System.Collections.Generic;
using System.Text;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>
/// Builds a query string. Names and values are percent-encoded as RFC 3986 data (a space is <c>%20</c>),
/// so names such as Twilio's <c>DateCreated&lt;</c> arrive as the spec spells them.
/// </summary>
public sealed class QueryBuilder
{
    private readonly StringBuilder _text = new();

    /// <summary>Whether nothing was added.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>Adds one parameter (<c>style: form</c>).</summary>
    public void Add<T, TCodec>(string name, T value)
        where TCodec : ITextCodec<T> => AddRaw(name, TCodec.Format(value));

    /// <summary>Adds a parameter once per item (<c>style: form, explode: true</c>): <c>id=1&amp;id=2</c>.</summary>
    public void AddEach<T, TCodec>(string name, IEnumerable<T> values)
        where TCodec : ITextCodec<T>
    {
        foreach (var value in values)
        {
            AddRaw(name, TCodec.Format(value));
        }
    }

    /// <summary>
    /// Adds all items in one parameter (<c>explode: false</c>): joined by <c>,</c> for <c>form</c>,
    /// by a space for <c>spaceDelimited</c> and by <c>|</c> for <c>pipeDelimited</c>.
    /// </summary>
    public void AddJoined<T, TCodec>(string name, IEnumerable<T> values, char separator)
        where TCodec : ITextCodec<T> => AddRaw(name, TextJoin.Join<T, TCodec>(values, separator));

    /// <summary>Adds one entry of an object parameter with <c>style: deepObject</c>: <c>filter[name]=value</c>.</summary>
    public void AddDeep<T, TCodec>(string name, string key, T value)
        where TCodec : ITextCodec<T> => AddRaw(string.Concat(name, "[", key, "]"), TCodec.Format(value));

    /// <summary>
    /// Adds a map parameter: <c>name[key]=value</c> for <c>deepObject</c>, <c>key=value</c> per entry for
    /// <c>form</c> with <c>explode: true</c>, and <c>name=key,value,…</c> otherwise.
    /// </summary>
    public void AddEntries<T, TCodec>(string name, IEnumerable<KeyValuePair<string, T>> entries, bool deep, bool explode)
        where TCodec : ITextCodec<T>
    {
        if (deep || explode)
        {
            foreach (var entry in entries)
            {
                AddRaw(deep ? string.Concat(name, "[", entry.Key, "]") : entry.Key, TCodec.Format(entry.Value));
            }

            return;
        }

        var joined = new StringBuilder();
        foreach (var entry in entries)
        {
            if (joined.Length > 0)
            {
                joined.Append(',');
            }

            joined.Append(entry.Key).Append(',').Append(TCodec.Format(entry.Value));
        }

        AddRaw(name, joined.ToString());
    }

    /// <summary>Adds a structured value (an object) as its JSON text.</summary>
    public void AddJson<T, TCodec>(string name, T value)
        where TCodec : IJsonCodec<T> => AddRaw(name, JsonText.Of<T, TCodec>(value));

    /// <summary>Appends the query (with its leading <c>?</c>) to a path.</summary>
    public string AppendTo(string path) => IsEmpty ? path : string.Concat(path, "?", _text.ToString());

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    private void AddRaw(string name, string value)
    {
        if (_text.Length > 0)
        {
            _text.Append('&');
        }

        _text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }
}
