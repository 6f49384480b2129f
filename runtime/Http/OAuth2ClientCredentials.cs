using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// The OAuth 2 client credentials flow (RFC 6749 §4.4): the client posts its id and secret to the token endpoint,
/// sends the access token it gets as <c>Authorization: Bearer</c>, keeps it until shortly before it expires, and gets a
/// new one then, or when the API answers 401 to it. Calls that need a token at the same time share one token request.
/// </summary>
/// <remarks>
/// The token endpoint is <see cref="TokenUrl"/>, or the spec's when it is not set. The token request goes through the
/// client's <see cref="HttpClient"/> (its handlers, proxy and logging) and is never retried by the client itself. One
/// object holds one token: share it between clients of the same API and account, not between accounts.
/// </remarks>
public sealed class OAuth2ClientCredentials : AccessTokenCredentials
{
    private readonly string _clientSecret;
    private readonly object _gate = new();
    private IReadOnlyList<string> _scopes = Array.Empty<string>();
    private TimeSpan _assumedTokenLifetime = TimeSpan.FromMinutes(5);
    private TimeProvider _timeProvider = TimeProvider.System;
    private TokenSlot? _slot;

    /// <summary>Creates client credentials from the id and secret the authorization server issued.</summary>
    /// <param name="clientId">The client id.</param>
    /// <param name="clientSecret">The client secret; it goes to the token endpoint only, never into a message or a log.</param>
    public OAuth2ClientCredentials(string clientId, string clientSecret)
    {
        Guard.NotNullOrEmpty(clientId);
        Guard.NotNull(clientSecret);
        ClientId = clientId;
        _clientSecret = clientSecret;
    }

    /// <summary>The client id (the secret is not readable back).</summary>
    public string ClientId { get; }

    /// <summary>
    /// The token endpoint. Null (the default) uses the <c>tokenUrl</c> the spec declares for the scheme, which is
    /// usually the vendor's production endpoint: set this for a sandbox or a test server.
    /// </summary>
    public Uri? TokenUrl { get; set; }

    /// <summary>The scopes to ask for (<c>scope</c>, space-separated); none by default, which gets the server's default scopes.</summary>
    public IReadOnlyList<string> Scopes
    {
        get => _scopes;
        set
        {
            Guard.NotNull(value);
            _scopes = value;
        }
    }

    /// <summary>How the client authenticates to the token endpoint: <see cref="OAuth2ClientAuthentication.Basic"/> by default.</summary>
    public OAuth2ClientAuthentication ClientAuthentication { get; set; }

    /// <summary>
    /// How long a token is kept when the token endpoint does not say (no <c>expires_in</c>): 5 minutes by default. A
    /// token that expires sooner is renewed when the API answers 401 to it.
    /// </summary>
    public TimeSpan AssumedTokenLifetime
    {
        get => _assumedTokenLifetime;
        set => _assumedTokenLifetime = value > TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The assumed token lifetime must be positive.");
    }

    /// <summary>The clock that tells when a token is due for renewal: the system clock by default (a fake one in tests).</summary>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set
        {
            Guard.NotNull(value);
            _timeProvider = value;
        }
    }

    /// <summary>The secret, for the token request only.</summary>
    internal string ClientSecret => _clientSecret;

    /// <summary>Not used: a client applies these credentials with its own HTTP client (<see cref="AuthorizeAsync"/>).</summary>
    protected internal override ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("OAuth2ClientCredentials are applied by a generated client, which sends the token request through its HttpClient.");

    /// <summary>Adds a current token to the request, getting one first when there is none or it is due for renewal.</summary>
    internal async ValueTask AuthorizeAsync(HttpRequestMessage request, TokenEndpoint endpoint, CancellationToken cancellationToken)
    {
        var token = await TokenAsync(endpoint, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        RequestMarks.SetRenewal(request, new TokenRenewal(this, endpoint, token));
    }

    /// <summary>Drops <paramref name="rejected"/> (the API answered 401 to it), unless a newer token already replaced it.</summary>
    internal void Forget(AccessToken rejected)
    {
        lock (_gate)
        {
            if (_slot is { } slot && slot.Fetch.Status == TaskStatus.RanToCompletion && ReferenceEquals(slot.Fetch.Result, rejected))
            {
                _slot = null;
            }
        }
    }

    private async ValueTask<AccessToken> TokenAsync(TokenEndpoint endpoint, CancellationToken cancellationToken)
    {
        Task<Task<AccessToken>>? start = null;
        Task<AccessToken> fetch;
        lock (_gate)
        {
            if (_slot is { } slot && slot.Serves(endpoint.Url, _timeProvider.GetUtcNow()))
            {
                fetch = slot.Fetch;
            }
            else
            {
                // Started outside the lock: sending runs the HttpClient's handlers, which are not ours to hold a lock for.
                start = new Task<Task<AccessToken>>(() => OAuth2TokenRequest.SendAsync(this, endpoint));
                fetch = start.Unwrap();
                _slot = new TokenSlot(endpoint.Url, fetch);
            }
        }

        start?.RunSynchronously(TaskScheduler.Default);

        // The token request is shared: a caller that gives up stops waiting, the request goes on for the others.
        return fetch.IsCompleted
            ? await fetch.ConfigureAwait(false)
            : await fetch.WaitAsync(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
    }

    // The token of one endpoint, or the request that gets it. A failed request is not kept: the next call tries again.
    private sealed class TokenSlot(Uri url, Task<AccessToken> fetch)
    {
        public Task<AccessToken> Fetch { get; } = fetch;

        public bool Serves(Uri endpoint, DateTimeOffset now) =>
            url == endpoint && Fetch.Status switch
            {
                TaskStatus.RanToCompletion => now < Fetch.Result.RenewAt,
                TaskStatus.Faulted or TaskStatus.Canceled => false,
                _ => true,
            };
    }
}
