using System;
using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Building.Operations;

/// <summary>
/// A key of the spec's <c>paths</c>: the path template, and the literal query some specs write after it
/// (<c>/responses?beta=true</c>, so that one path can hold two operations of one method) as constant parameters.
/// </summary>
/// <param name="Key">The key as the spec writes it, which names the operation and documents it.</param>
/// <param name="Template">The path template before the <c>?</c>.</param>
internal sealed record PathKey(string Key, string Template, IReadOnlyList<ConstantQueryParameter> Query)
{
    /// <summary>
    /// Splits at the first <c>?</c>. The query's <c>&amp;</c>-separated pairs are percent-decoded, since the client
    /// encodes them again; a <c>+</c> stays a plus sign, as RFC 3986 reads it.
    /// </summary>
    public static PathKey Of(string key)
    {
        var question = key.IndexOf('?');
        if (question < 0)
        {
            return new PathKey(key, key, Array.Empty<ConstantQueryParameter>());
        }

        var query = new List<ConstantQueryParameter>();
        foreach (var pair in key.Substring(question + 1).Split('&'))
        {
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair.Substring(0, equals));
            if (name.Length > 0)
            {
                query.Add(new ConstantQueryParameter(name, equals < 0 ? null : Uri.UnescapeDataString(pair.Substring(equals + 1))));
            }
        }

        return new PathKey(key, key.Substring(0, question), query);
    }

    /// <summary>The key with its query decoded (<c>/x?view=full text</c>), for names made from it.</summary>
    public string Readable => Query.Count == 0 ? Key : Template + "?" + QueryText;

    /// <summary>The decoded query (<c>action=archive</c>), for a name that must tell two such operations apart.</summary>
    public string QueryText => string.Join("&", Query.Select(p => p.Value is null ? p.Name : p.Name + "=" + p.Value));

    /// <summary>Whether the query holds a template variable (<c>?id={id}</c>), which no parameter fills.</summary>
    public bool QueryHasVariable => Key.IndexOf('{', Template.Length) >= 0;
}
