namespace ConferenceGen.Runtime.Http;

/// <summary>How the client proves its identity to the token endpoint (RFC 6749 §2.3.1).</summary>
public enum OAuth2ClientAuthentication
{
    /// <summary>
    /// HTTP Basic: <c>Authorization: Basic</c> with the client id and secret, each form-encoded first. Every
    /// authorization server must accept it; the default.
    /// </summary>
    Basic,

    /// <summary><c>client_id</c> and <c>client_secret</c> in the form body, for servers that ask for them there.</summary>
    RequestBody,
}
