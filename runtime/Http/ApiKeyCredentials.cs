using System;
using System.Net.Http;

namespace ConferenceGen.Runtime.Http;

/// <summary>An API key (<c>type: apiKey</c>). Where it goes (header, query or cookie, and under which name) comes from the spec.</summary>
public sealed class ApiKeyCredentials : ApiCredentials
{
    /// <summary>Creates API key credentials.</summary>
    /// <exception cref="ArgumentException">The key holds a line break or NUL (a key read from a file often ends with one: trim it).</exception>
    public ApiKeyCredentials(string key)
    {
        Guard.NotNullOrEmpty(key);
        Key = HeaderValue.Checked(key, nameof(key));
    }

    internal string Key { get; }

    /// <inheritdoc />
    protected internal override System.Threading.Tasks.ValueTask ApplyAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken) =>
        throw new InvalidOperationException("An API key needs its location; the client applies it through ApiClientCore.AuthorizeApiKey.");
}
