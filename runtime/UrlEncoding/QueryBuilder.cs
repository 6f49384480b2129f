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

    /// <summary>
    /// Adds an object parameter: <c>name[field]=value</c> (nested: <c>name[a][b]</c>) for <c>deepObject</c>,
    /// <c>field=value</c> per field for <c>form</c> with <c>explode: true</c>, and <c>name=field,value,…</c> otherwise.
    /// Fields come from the object's JSON, so they carry their wire names; null fields are left out.
    /// </summary>
    public void AddObject<T, TCodec>(string name, T value, bool deep, bool explode)
        where TCodec : IJsonCodec<T>
    {
        using var document = System.Text.Json.JsonDocument.Parse(JsonText.Of<T, TCodec>(value));
        if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            AddRaw(name, document.RootElement.GetRawText());
            return;
        }

        if (deep)
        {
            AddDeepFields(name, document.RootElement);
            return;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var field in document.RootElement.EnumerateObject())
        {
            if (field.Value.ValueKind != System.Text.Json.JsonValueKind.Null)
            {
                pairs.Add(new(field.Name, ScalarText(field.Value)));
            }
        }

        if (explode)
        {
            foreach (var pair in pairs)
            {
                AddRaw(pair.Key, pair.Value);
            }
        }
        else
        {
            AddRaw(name, string.Join(",", pairs.ConvertAll(p => p.Key + "," + p.Value)));
        }
    }

    /// <summary>Adds a structured value (an object) as its JSON text.</summary>
    public void AddJson<T, TCodec>(string name, T value)
        where TCodec : IJsonCodec<T> => AddRaw(name, JsonText.Of<T, TCodec>(value));

    /// <summary>Appends the query (with its leading <c>?</c>) to a path.</summary>
    public string AppendTo(string path) => IsEmpty ? path : string.Concat(path, "?", _text.ToString());

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    private void AddDeepFields(string prefix, System.Text.Json.JsonElement element)
    {
        foreach (var field in element.EnumerateObject())
        {
            var key = string.Concat(prefix, "[", field.Name, "]");
            switch (field.Value.ValueKind)
            {
                case System.Text.Json.JsonValueKind.Null:
                    break;
                case System.Text.Json.JsonValueKind.Object:
                    AddDeepFields(key, field.Value);
                    break;
                case System.Text.Json.JsonValueKind.Array:
                    foreach (var item in field.Value.EnumerateArray())
                    {
                        AddRaw(key, ScalarText(item));
                    }

                    break;
                default:
                    AddRaw(key, ScalarText(field.Value));
                    break;
            }
        }
    }

    private static string ScalarText(System.Text.Json.JsonElement element) =>
        element.ValueKind == System.Text.Json.JsonValueKind.String ? element.GetString()! : element.GetRawText();

    private void AddRaw(string name, string value)
    {
        if (_text.Length > 0)
        {
            _text.Append('&');
        }

        _text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }
}
