using System;
using System.Net.Http;

namespace ConferenceGen.Runtime.Http;

/// <summary>Where and how a client gets tokens for <see cref="OAuth2ClientCredentials"/>: its HTTP client, the endpoint, its User-Agent.</summary>
internal sealed class TokenEndpoint(HttpClient http, Uri url, string? userAgent, OAuth2ClientCredentials credentials)
{
    // What the endpoint was worked out from: the credentials, and their own TokenUrl at the time (it can be set later).
    private readonly OAuth2ClientCredentials _credentials = credentials;
    private readonly Uri? _ownUrl = credentials.TokenUrl;

    public HttpClient Http { get; } = http;

    public Uri Url { get; } = url;

    public string? UserAgent { get; } = userAgent;

    /// <summary>Whether this is still the endpoint of <paramref name="credentials"/>.</summary>
    public bool IsFor(OAuth2ClientCredentials credentials) => ReferenceEquals(credentials, _credentials) && ReferenceEquals(credentials.TokenUrl, _ownUrl);
}

/// <summary>An access token as the token endpoint gave it, and when the client gets the next one.</summary>
internal sealed class AccessToken(string value, DateTimeOffset renewAt)
{
    public string Value { get; } = value;

    public DateTimeOffset RenewAt { get; } = renewAt;
}

/// <summary>What a request authorized with a token needs to go once more with a fresh one after a 401.</summary>
internal sealed class TokenRenewal(OAuth2ClientCredentials credentials, TokenEndpoint endpoint, AccessToken token)
{
    public OAuth2ClientCredentials Credentials { get; } = credentials;

    public TokenEndpoint Endpoint { get; } = endpoint;

    public AccessToken Token { get; } = token;
}
