using System;

namespace ConferenceGen.Runtime;

/// <summary>
/// The client could not get an OAuth 2 access token, so the call was not sent: the token endpoint could not be
/// reached, refused the client (RFC 6749 §5.2: <c>invalid_client</c>, <c>invalid_scope</c>, …), or answered with
/// something that is no usable token. Never holds the client secret or a token.
/// </summary>
public sealed class OAuth2TokenException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, without secrets.</param>
    /// <param name="tokenUrl">The token endpoint asked.</param>
    /// <param name="statusCode">Its HTTP status, or null when it did not answer.</param>
    /// <param name="error">The <c>error</c> code of its reply (RFC 6749 §5.2), or null.</param>
    /// <param name="errorDescription">The <c>error_description</c> of its reply, or null.</param>
    /// <param name="innerException">The failure of the request, when it failed before an answer.</param>
    public OAuth2TokenException(string message, Uri tokenUrl, int? statusCode, string? error, string? errorDescription, Exception? innerException)
        : base(message, innerException)
    {
        Guard.NotNull(tokenUrl);
        TokenUrl = tokenUrl;
        StatusCode = statusCode;
        Error = error;
        ErrorDescription = errorDescription;
    }

    /// <summary>The token endpoint asked.</summary>
    public Uri TokenUrl { get; }

    /// <summary>The token endpoint's HTTP status, or null when it did not answer (see the inner exception).</summary>
    public int? StatusCode { get; }

    /// <summary>The <c>error</c> code the token endpoint sent (<c>invalid_client</c>, <c>invalid_scope</c>, …), or null.</summary>
    public string? Error { get; }

    /// <summary>The <c>error_description</c> the token endpoint sent, or null.</summary>
    public string? ErrorDescription { get; }
}
