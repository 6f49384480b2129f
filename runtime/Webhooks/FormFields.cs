using System;
using System.Collections.Generic;
using System.Text;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>Reads <c>application/x-www-form-urlencoded</c> text: <c>&amp;</c>-separated pairs, <c>+</c> for a space, UTF-8 percent-escapes.</summary>
internal static class FormFields
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(ReadOnlySpan<byte> body)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var text = Encoding.UTF8.GetString(body);
        foreach (var pair in text.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair.Substring(0, equals);
            var value = equals < 0 ? string.Empty : pair.Substring(equals + 1);
            fields.Add(new KeyValuePair<string, string>(Decode(name), Decode(value)));
        }

        return fields;
    }

    // Uri.UnescapeDataString decodes UTF-8 escapes and leaves a malformed one as it is.
    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
