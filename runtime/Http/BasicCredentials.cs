using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime.Http;

/// <summary>HTTP Basic authentication (<c>type: http, scheme: basic</c>): a user name and a password.</summary>
public sealed class BasicCredentials : ApiCredentials
{
    // Immutable, so every request shares the one header value.
    private readonly AuthenticationHeaderValue _header;

    /// <summary>Creates Basic credentials, for example a Twilio account SID and auth token.</summary>
    public BasicCredentials(string username, string password)
    {
        Guard.NotNull(username);
        Guard.NotNull(password);
        if (username.IndexOf(':') >= 0)
        {
            throw new ArgumentException("A Basic user name cannot contain ':'.", nameof(username));
        }

        Username = username;
        _header = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Concat(username, ":", password))));
    }

    /// <summary>The user name (the password is not readable back).</summary>
    public string Username { get; }

    /// <summary>The header's parameter, base64 of <c>user:password</c>: what a webhook's Basic credentials are compared with.</summary>
    internal string Parameter => _header.Parameter!;

    /// <inheritdoc />
    protected internal override ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = _header;
        return default;
    }
}
