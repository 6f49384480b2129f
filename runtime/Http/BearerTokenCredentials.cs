using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// A bearer token (<c>type: http, scheme: bearer</c>, and OAuth 2 / OpenID Connect access tokens). Either a
/// fixed token, or a provider asked before every request: the hook for OAuth flows, token caches and refresh. For the
/// OAuth 2 client credentials flow the runtime has <see cref="OAuth2ClientCredentials"/>.
/// </summary>
public sealed class BearerTokenCredentials : AccessTokenCredentials
{
    private readonly AuthenticationHeaderValue? _header;
    private readonly Func<CancellationToken, ValueTask<string>>? _provider;

    /// <summary>Creates bearer credentials from a fixed access token.</summary>
    /// <exception cref="ArgumentException">The token holds a line break or NUL, which would break the <c>Authorization</c> header.</exception>
    public BearerTokenCredentials(string token)
    {
        Guard.NotNullOrEmpty(token);
        _header = new AuthenticationHeaderValue("Bearer", HeaderValue.Checked(token, nameof(token)));
    }

    /// <summary>
    /// Creates bearer credentials that ask <paramref name="tokenProvider"/> for the token of each request (for
    /// example an OAuth 2 client-credentials flow with a cache that refreshes before expiry).
    /// </summary>
    public BearerTokenCredentials(Func<CancellationToken, ValueTask<string>> tokenProvider)
    {
        Guard.NotNull(tokenProvider);
        _provider = tokenProvider;
    }

    /// <inheritdoc />
    protected internal override async ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_header is not null)
        {
            request.Headers.Authorization = _header;
            return;
        }

        var token = await _provider!(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token))
        {
            throw new InvalidOperationException("The bearer token provider returned no token.");
        }

        if (!HeaderValue.CanBeSent(token))
        {
            // The provider's result stands for the constructor's argument: the exception names that, not the token.
            throw HeaderValue.Refused("tokenProvider");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
