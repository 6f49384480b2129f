namespace ConferenceGen.Generator.Model;

/// <summary>How a security scheme authorizes a request.</summary>
internal enum CredentialKind
{
    Basic,

    /// <summary>A bearer token: HTTP bearer, OAuth 2 without a client credentials flow, and OpenID Connect.</summary>
    Bearer,
    ApiKey,

    /// <summary>OAuth 2 with a client credentials flow: client credentials that get their tokens, or a bearer token.</summary>
    OAuth2ClientCredentials,
}

/// <summary>Where an API key goes.</summary>
internal enum ApiKeyLocation
{
    Header,
    Query,
    Cookie,
}

/// <summary>An options property holding the credentials for one security scheme.</summary>
/// <param name="PropertyName">The options property.</param>
/// <param name="SchemeName">The scheme's name in the spec.</param>
/// <param name="KeyLocation">For API keys: where the key goes.</param>
/// <param name="KeyName">For API keys: the header, query or cookie name.</param>
/// <param name="TokenUrl">For a client credentials flow: its absolute token URL as the spec writes it, or null when it gives none that is absolute.</param>
/// <param name="Scopes">For a client credentials flow: the scopes the spec declares for it, in its order.</param>
internal sealed record CredentialModel(string PropertyName, string SchemeName, CredentialKind Kind, ApiKeyLocation KeyLocation, string? KeyName, string? Description, string? TokenUrl = null, EquatableArray<string> Scopes = default);

/// <summary>The credentials one security alternative needs, all of them.</summary>
internal sealed record SecurityAlternative(EquatableArray<CredentialModel> Credentials);
