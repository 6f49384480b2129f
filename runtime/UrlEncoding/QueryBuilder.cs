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
    public void Add<T>(string name, T value, TextCodec<T> codec) => AddRaw(name, codec.Format(value));

    /// <summary>Adds a parameter once per item (<c>style: form, explode: true</c>): <c>id=1&amp;id=2</c>.</summary>
    public void AddEach<T>(string name, IEnumerable<T> values, TextCodec<T> codec) => TextFields.AddEach(this, name, values, codec);

    /// <summary>
    /// Adds all items in one parameter (<c>explode: false</c>): joined by <c>,</c> for <c>form</c>,
    /// by a space for <c>spaceDelimited</c> and by <c>|</c> for <c>pipeDelimited</c>.
    /// </summary>
    public void AddJoined<T>(string name, IEnumerable<T> values, TextCodec<T> codec, char separator) => AddRaw(name, TextJoin.Join(values, codec, separator));

    /// <summary>
    /// Adds a map parameter: <c>name[key]=value</c> for <c>deepObject</c>, <c>key=value</c> per entry for
    /// <c>form</c> with <c>explode: true</c>, and <c>name=key,value,…</c> otherwise.
    /// </summary>
    public void AddEntries<T>(string name, IEnumerable<KeyValuePair<string, T>> entries, TextCodec<T> codec, bool deep, bool explode)
    {
        var pairs = entries.Select(entry => new KeyValuePair<string, string>(entry.Key, codec.Format(entry.Value)));
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
    /// Adds an object parameter: <c>field=value</c> per field for <c>form</c> with <c>explode: true</c>, and
    /// <c>name=field,value,…</c> otherwise. Fields come from the object's JSON, so they carry their wire names;
    /// null fields are left out.
    /// </summary>
    public void AddObject<T>(string name, T value, JsonCodec<T> codec, bool explode)
    {
        using var document = JsonText.Document(value, codec);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            TextFields.AddStructured(this, name, document.RootElement);
            return;
        }

        AddPairs(name, document.RootElement.EnumerateObject()
            .Where(field => field.Value.ValueKind != JsonValueKind.Null)
            .Select(field => new KeyValuePair<string, string>(field.Name, TextFields.ScalarText(field.Value))), explode);
    }

    /// <summary>
    /// Adds a <c>deepObject</c> parameter: <c>name[field]=value</c>, nested <c>name[a][b]</c>, list items as
    /// <c>name[0]</c>; a scalar (one alternative of a union such as Stripe's <c>created</c>) as <c>name=value</c>.
    /// </summary>
    public void AddDeep<T>(string name, T value, JsonCodec<T> codec)
    {
        using var document = JsonText.Document(value, codec);
        TextFields.AddDeep(this, name, document.RootElement);
    }

    /// <summary>Adds a name without a value (<c>?beta</c>), as the literal query of a spec's path may hold one.</summary>
    public void AddName(string name) => _text.AddName(Uri.EscapeDataString(name));

    /// <summary>Adds a structured value (an object) as its JSON text.</summary>
    public void AddJson<T>(string name, T value, JsonCodec<T> codec) => AddRaw(name, JsonText.Of(value, codec));

    /// <summary>Appends the query (with its leading <c>?</c>) to a path.</summary>
    public string AppendTo(string path) => IsEmpty ? path : string.Concat(path, "?", _text.ToString());

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    void ITextFields.AddText(string name, string text) => AddRaw(name, text);

    void ITextFields.AddJson(string name, string json) => AddRaw(name, json);

    void ITextFields.AddFile(string name, ConferenceGen.Runtime.Http.FilePart file, Codec codec) => AddRaw(name, JsonText.Of(codec, file));

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

    private void AddRaw(string name, string value) => _text.Add(Uri.EscapeDataString(name), Uri.EscapeDataString(value));
}
