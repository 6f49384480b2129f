using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace ConferenceGen.Runtime.Http;

/// <summary>A bearer token (<c>type: http, scheme: bearer</c>, and OAuth 2 / OpenID Connect access tokens).</summary>
public sealed class BearerTokenCredentials : ApiCredentials
{
    private readonly string _token;

    /// <summary>Creates bearer credentials from an access token.</summary>
    public BearerTokenCredentials(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        _token = token;
    }

    /// <inheritdoc />
    protected internal override void Apply(HttpRequestMessage request) =>
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
}
