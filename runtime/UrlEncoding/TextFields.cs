using System.Collections.Generic;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>A place that takes named text fields: a query string, a form body, a multipart body.</summary>
internal interface ITextFields
{
    /// <summary>Adds one field with its wire text (before any encoding of the place).</summary>
    void AddText(string name, string text);
}

/// <summary>Typed values as text fields, the same for every place that takes them.</summary>
internal static class TextFields
{
    /// <summary>One field per item, all with the same name (<c>explode: true</c>): <c>id=1&amp;id=2</c>.</summary>
    public static void AddEach<TFields, T, TCodec>(TFields fields, string name, IEnumerable<T> values)
        where TFields : ITextFields
        where TCodec : ITextCodec<T>
    {
        foreach (var value in values)
        {
            fields.AddText(name, TCodec.Format(value));
        }
    }
}
