using System;
using System.Collections.Generic;
using System.Text.Json;
using ConferenceGen.Runtime.Codecs;
using ConferenceGen.Runtime.Http;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>A place that takes named text fields: a query string, a form body, a multipart body.</summary>
internal interface ITextFields
{
    /// <summary>Adds one field with its wire text (before any encoding of the place).</summary>
    void AddText(string name, string text);

    /// <summary>A nested value as its JSON text: one field in a form or query, a JSON part in multipart.</summary>
    void AddJson(string name, string json);

    /// <summary>A file: its bytes as a part in multipart, base64 JSON text elsewhere.</summary>
    void AddFile(string name, FilePart file, Codec codec);
}

/// <summary>Typed values as text fields, the same for every place that takes them.</summary>
internal static class TextFields
{
    /// <summary>One field per item, all with the same name (<c>explode: true</c>): <c>id=1&amp;id=2</c>.</summary>
    public static void AddEach<TFields, T>(TFields fields, string name, IEnumerable<T> values, TextCodec<T> codec)
        where TFields : ITextFields
    {
        foreach (var value in values)
        {
            fields.AddText(name, codec.Format(value));
        }
    }

    /// <summary>
    /// The fields of a model that were set and are not null, in order: text values as they are, files as files,
    /// the properties named in <paramref name="deepObjects"/> as <c>deepObject</c> fields, lists of text once per
    /// item, and anything else as <see cref="AddStructured"/> writes it.
    /// </summary>
    public static void AddModel<TFields, T>(TFields fields, T model, ModelCodec<T> codec, string[]? deepObjects)
        where TFields : ITextFields
        where T : ApiModel
    {
        foreach (var (property, value) in codec.Fields(model))
        {
            var deep = IsDeep(deepObjects, property.Name);
            if (property.Codec is IOrEmptyCodec orEmpty && orEmpty.IsEmpty(value))
            {
                // Its JSON would be "": the field is there, empty (`tax_rates=`), deepObject or not.
                fields.AddText(property.Name, string.Empty);
            }
            else if (value is UnreadValue unread)
            {
                fields.AddText(property.Name, unread.Text);
            }
            else if (property.Codec.IsText)
            {
                fields.AddText(property.Name, property.Codec.FormatObject(value));
            }
            else if (value is FilePart file)
            {
                fields.AddFile(property.Name, file, property.Codec);
            }
            else if (!deep && property.Codec.Items is { IsText: true } items && value is System.Collections.IEnumerable list)
            {
                foreach (var item in list)
                {
                    fields.AddText(property.Name, items.FormatObject(item!));
                }
            }
            else
            {
                using var json = JsonText.Document(property.Codec, value);
                AddMember(fields, property.Name, json.RootElement, deep);
            }
        }
    }

    /// <summary>
    /// The members of a value whose JSON is an object (a union of objects sent as a form), each as
    /// <see cref="AddModel"/> would write a property of that JSON.
    /// </summary>
    public static void AddMembers<TFields>(TFields fields, JsonElement value, string[]? deepObjects)
        where TFields : ITextFields
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("A form or multipart body must be an object; this value's JSON is " + value.ValueKind + ".", nameof(value));
        }

        foreach (var member in value.EnumerateObject())
        {
            if (member.Value.ValueKind != JsonValueKind.Null)
            {
                AddMember(fields, member.Name, member.Value, IsDeep(deepObjects, member.Name));
            }
        }
    }

    /// <summary>
    /// <c>deepObject</c>: an object's or map's members as <c>name[key]</c>, an array's items as <c>name[0]</c>, to
    /// any depth, null members left out: <c>address[line1]=…&amp;items[0][price]=…</c>, the shape Stripe and
    /// the common query-string parsers read.
    /// </summary>
    public static void AddDeep<TFields>(TFields fields, string name, JsonElement value)
        where TFields : ITextFields
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in value.EnumerateObject())
                {
                    AddDeep(fields, string.Concat(name, "[", member.Name, "]"), member.Value);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    AddDeep(fields, string.Concat(name, "[", index.ToString(System.Globalization.CultureInfo.InvariantCulture), "]"), item);
                    index++;
                }

                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            default:
                fields.AddText(name, ScalarText(value));
                break;
        }
    }

    /// <summary>
    /// A structured value with no encoding of its own (a union, an object, a list): a scalar as its text (a union's
    /// string alternative arrives without quotes), a list of scalars once per item, anything else as JSON text.
    /// </summary>
    public static void AddStructured<TFields>(TFields fields, string name, JsonElement value)
        where TFields : ITextFields
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            case JsonValueKind.Object:
                fields.AddJson(name, value.GetRawText());
                break;
            case JsonValueKind.Array when AllScalars(value):
                foreach (var item in value.EnumerateArray())
                {
                    fields.AddText(name, ScalarText(item));
                }

                break;
            case JsonValueKind.Array:
                fields.AddJson(name, value.GetRawText());
                break;
            default:
                fields.AddText(name, ScalarText(value));
                break;
        }
    }

    /// <summary>A JSON scalar as text: a string as it is, a number or a boolean as JSON spells it.</summary>
    public static string ScalarText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static void AddMember<TFields>(TFields fields, string name, JsonElement value, bool deep)
        where TFields : ITextFields
    {
        if (deep)
        {
            AddDeep(fields, name, value);
        }
        else
        {
            AddStructured(fields, name, value);
        }
    }

    private static bool AllScalars(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDeep(string[]? deepObjects, string name) =>
        deepObjects is { Length: > 0 } && Array.IndexOf(deepObjects, name) >= 0;
}
