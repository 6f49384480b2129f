using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime.Http;

/// <summary>OAuth 2 client credentials: where a client gets their tokens, and the one resend after a 401.</summary>
public sealed partial class ApiClientCore
{
    // The last endpoint worked out, for the credentials and their TokenUrl it was worked out for: most clients have one.
    private TokenEndpoint? _lastEndpoint;

    // Set once this client has authorized a request with OAuth 2 client credentials: only then can a request carry a
    // renewable token, and a client without them never looks (on .NET 8 the look creates the request's Options).
    private bool _sendsRenewableTokens;

    // The credentials' own token URL, else the one the spec gives for the scheme they are set for; the secret goes
    // there, so the rule for plain http is the one for every credential.
    private TokenEndpoint TokenEndpointOf(OAuth2ClientCredentials credentials)
    {
        if (_lastEndpoint is { } last && last.IsFor(credentials))
        {
            return last;
        }

        var url = credentials.TokenUrl ?? _options.SpecTokenUrl(credentials)
            ?? throw new InvalidOperationException("These OAuth2ClientCredentials have no TokenUrl, and the spec declares none for the scheme they are set for: set TokenUrl.");
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException($"The token URL must be an absolute http or https URI, not '{url.OriginalString}'.");
        }

        EnsureSecureTransport(url);
        return _lastEndpoint = new TokenEndpoint(_httpClient, url, _userAgent, credentials);
    }

    /// <summary>
    /// Sends a request that carries an OAuth 2 token. A 401 means the API did nothing with it, whatever the method, so
    /// the request goes once more with a fresh token: rebuilt from what it was before it was sent, since a sent
    /// <see cref="HttpRequestMessage"/> cannot be sent again. A body held in memory (form, JSON, text) is sent again; a
    /// stream or multipart body may already be consumed, so such a request's 401 is returned as it is.
    /// </summary>
    private async Task<HttpResponseMessage> SendRenewingAsync(HttpRequestMessage request, TokenRenewal renewal, CancellationToken cancellationToken)
    {
        // Taken before sending: handlers below may add to the request, and .NET Framework disposes its content.
        var copy = RequestCopy.Of(request);
        var response = await SendOnceAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || copy is null)
        {
            return response;
        }

        response.Dispose();
        renewal.Credentials.Forget(renewal.Token);
        // Not disposed here: the reply refers to it (RequestMessage), and its content is bytes in memory.
        var again = copy.Make();
        await renewal.Credentials.AuthorizeAsync(again, renewal.Endpoint, cancellationToken).ConfigureAwait(false);
        return await SendOnceAsync(again, cancellationToken).ConfigureAwait(false);
    }
}
