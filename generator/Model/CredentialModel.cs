namespace ConferenceGen.Generator.Model;

/// <summary>How a security scheme authorizes a request.</summary>
internal enum CredentialKind
{
    Basic,

    /// <summary>A bearer token: HTTP bearer, OAuth 2 and OpenID Connect.</summary>
    Bearer,
    ApiKey,
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
internal sealed record CredentialModel(string PropertyName, string SchemeName, CredentialKind Kind, ApiKeyLocation KeyLocation, string? KeyName, string? Description);

/// <summary>The credentials one security alternative needs, all of them.</summary>
internal sealed record SecurityAlternative(EquatableArray<CredentialModel> Credentials);
