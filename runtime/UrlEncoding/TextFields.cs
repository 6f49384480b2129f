using System.Collections.Generic;
using ConferenceGen.Runtime.Codecs;
using ConferenceGen.Runtime.Http;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>A place that takes named text fields: a query string, a form body, a multipart body.</summary>
internal interface ITextFields
{
    /// <summary>Adds one field with its wire text (before any encoding of the place).</summary>
    void AddText(string name, string text);

    /// <summary>A nested value: JSON text in a form or query, a JSON part in multipart.</summary>
    void AddJson(string name, Codec codec, object value);

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
    /// The fields of a model that were set and are not null, in order: text values as they are, lists of text
    /// once per item, files as files, and anything else as JSON.
    /// </summary>
    public static void AddModel<TFields, T>(TFields fields, T model, ModelCodec<T> codec)
        where TFields : ITextFields
        where T : ApiModel
    {
        foreach (var (property, value) in codec.Fields(model))
        {
            if (property.Codec.IsText)
            {
                fields.AddText(property.Name, property.Codec.FormatObject(value));
            }
            else if (property.Codec.Items is { IsText: true } items && value is System.Collections.IEnumerable list)
            {
                foreach (var item in list)
                {
                    fields.AddText(property.Name, items.FormatObject(item!));
                }
            }
            else if (value is FilePart file)
            {
                fields.AddFile(property.Name, file, property.Codec);
            }
            else
            {
                fields.AddJson(property.Name, property.Codec, value);
            }
        }
    }
}
