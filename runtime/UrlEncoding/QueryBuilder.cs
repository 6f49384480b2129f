using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>
/// Builds a query string. Names and values are percent-encoded as RFC 3986 data (a space is <c>%20</c>),
/// so names such as Twilio's <c>DateCreated&lt;</c> arrive as the spec spells them.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class QueryBuilder : ITextFields
{
    private readonly PairText _text = new("&");

    /// <summary>Whether nothing was added.</summary>
    public bool IsEmpty => _text.IsEmpty;

    /// <summary>Adds one parameter (<c>style: form</c>).</summary>
    public void Add<T, TCodec>(string name, T value)
        where TCodec : ITextCodec<T> => AddRaw(name, TCodec.Format(value));

    /// <summary>Adds a parameter once per item (<c>style: form, explode: true</c>): <c>id=1&amp;id=2</c>.</summary>
    public void AddEach<T, TCodec>(string name, IEnumerable<T> values)
        where TCodec : ITextCodec<T> => TextFields.AddEach<QueryBuilder, T, TCodec>(this, name, values);

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
        var pairs = entries.Select(entry => new KeyValuePair<string, string>(entry.Key, TCodec.Format(entry.Value)));
        if (deep)
        {
            foreach (var pair in pairs)
            {
                AddRaw(string.Concat(name, "[", pair.Key, "]"), pair.Value);
            }

            return;
        }

        AddPairs(name, pairs, explode);
    }

    /// <summary>
    /// Adds an object parameter: <c>name[field]=value</c> (nested: <c>name[a][b]</c>) for <c>deepObject</c>,
    /// <c>field=value</c> per field for <c>form</c> with <c>explode: true</c>, and <c>name=field,value,…</c> otherwise.
    /// Fields come from the object's JSON, so they carry their wire names; null fields are left out.
    /// </summary>
    public void AddObject<T, TCodec>(string name, T value, bool deep, bool explode)
        where TCodec : IJsonCodec<T>
    {
        using var document = JsonDocument.Parse(JsonText.Of<T, TCodec>(value));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            AddRaw(name, document.RootElement.GetRawText());
            return;
        }

        if (deep)
        {
            AddDeepFields(name, document.RootElement);
            return;
        }

        AddPairs(name, document.RootElement.EnumerateObject()
            .Where(field => field.Value.ValueKind != JsonValueKind.Null)
            .Select(field => new KeyValuePair<string, string>(field.Name, ScalarText(field.Value))), explode);
    }

    /// <summary>Adds a structured value (an object) as its JSON text.</summary>
    public void AddJson<T, TCodec>(string name, T value)
        where TCodec : IJsonCodec<T> => AddRaw(name, JsonText.Of<T, TCodec>(value));

    /// <summary>Appends the query (with its leading <c>?</c>) to a path.</summary>
    public string AppendTo(string path) => IsEmpty ? path : string.Concat(path, "?", _text.ToString());

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    void ITextFields.AddText(string name, string text) => AddRaw(name, text);

    // Form style: key=value per pair when exploded, otherwise name=key,value,… in one parameter.
    private void AddPairs(string name, IEnumerable<KeyValuePair<string, string>> pairs, bool explode)
    {
        if (explode)
        {
            foreach (var pair in pairs)
            {
                AddRaw(pair.Key, pair.Value);
            }
        }
        else
        {
            AddRaw(name, string.Join(",", pairs.Select(pair => pair.Key + "," + pair.Value)));
        }
    }

    private void AddDeepFields(string prefix, JsonElement element)
    {
        foreach (var field in element.EnumerateObject())
        {
            var key = string.Concat(prefix, "[", field.Name, "]");
            switch (field.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.Object:
                    AddDeepFields(key, field.Value);
                    break;
                case JsonValueKind.Array:
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

    private static string ScalarText(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();

    private void AddRaw(string name, string value) => _text.Add(Uri.EscapeDataString(name), Uri.EscapeDataString(value));
}
