using System.Collections.Generic;
using System.Text;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.UrlEncoding;

/// <summary>Joins the wire text of several values, for parameters with <c>explode: false</c>.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class TextJoin
{
    /// <summary>The items' text joined by <paramref name="separator"/>.</summary>
    public static string Join<T>(IEnumerable<T> values, TextCodec<T> codec, char separator)
    {
        var text = new StringBuilder();
        foreach (var value in values)
        {
            if (text.Length > 0)
            {
                text.Append(separator);
            }

            text.Append(codec.Format(value));
        }

        return text.ToString();
    }
}
