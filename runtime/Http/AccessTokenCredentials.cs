namespace ConferenceGen.Runtime.Http;

/// <summary>
/// Credentials that send an access token (<c>Authorization: Bearer</c>): a token you have
/// (<see cref="BearerTokenCredentials"/>), or one the client gets from an OAuth 2 authorization server and renews
/// (<see cref="OAuth2ClientCredentials"/>). The options property of an OAuth 2 scheme with a client credentials flow
/// takes either.
/// </summary>
public abstract class AccessTokenCredentials : ApiCredentials
{
    // Only the runtime's two kinds: the client knows how to renew the one and send the other.
    private protected AccessTokenCredentials()
    {
    }
}
