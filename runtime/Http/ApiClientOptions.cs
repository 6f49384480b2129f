using System;
using System.Collections.Generic;

namespace ConferenceGen.Runtime.Http;

/// <summary>Settings every generated client has; each client's options class adds its credentials and server variables.</summary>
public abstract class ApiClientOptions
{
    /// <summary>
    /// The default of <see cref="MaxResponseBufferSize"/>: 32 MiB. Ten times and more the largest JSON pages these APIs
    /// send (a Twilio page of 1000 records is 1–2 MB), about Kestrel's default limit for a request body, and small
    /// enough that a runaway reply fails long before memory runs out.
    /// </summary>
    public const long DefaultMaxResponseBufferSize = 32 * 1024 * 1024;

    /// <summary>
    /// Where requests go, replacing the spec's server (for example a local test server). The path of the
    /// address is kept: operation paths are appended to it.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Allows credentials over plain <c>http://</c> to hosts other than loopback. Off by default, because
    /// the credentials would cross the network in clear text.
    /// </summary>
    public bool AllowInsecureCredentials { get; set; }

    /// <summary>
    /// The most bytes of one reply's body that a call reads into memory (JSON replies and error bodies); a longer
    /// body, or a <c>Content-Length</c> that announces one, ends the call with an
    /// <see cref="ApiResponseTooLargeException"/>. Binary replies are streamed to the caller and not limited.
    /// Defaults to <see cref="DefaultMaxResponseBufferSize"/>.
    /// </summary>
    public long MaxResponseBufferSize { get; set; } = DefaultMaxResponseBufferSize;

    /// <summary>
    /// The <c>User-Agent</c> header of every request: <c>ConferenceGen/</c> and the runtime's version by default
    /// (<see cref="DefaultUserAgent"/>). Set it to name your application (<c>"MyApp/2.1 " + DefaultUserAgent</c> keeps
    /// both), or to <c>null</c> or empty to send none. A <c>User-Agent</c> the <see cref="System.Net.Http.HttpClient"/>
    /// sets in its <c>DefaultRequestHeaders</c> is sent instead.
    /// </summary>
    public string? UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>The default <see cref="UserAgent"/>: <c>ConferenceGen/</c> and the runtime's version, such as <c>ConferenceGen/1.2.3</c>.</summary>
    public static string DefaultUserAgent => UserAgentHeader.Default;

    // Not hidden: a caller that creates a client without dependency injection can ask what start-up would ask.
    /// <summary>
    /// What is wrong with these options, in words that say what to set; empty when they are usable. Checked at
    /// start-up when the client is registered with <c>services.Add…Client(…)</c>.
    /// </summary>
    public virtual IEnumerable<string> Validate()
    {
        if (BaseAddress is { IsAbsoluteUri: false })
        {
            yield return $"BaseAddress must be an absolute URI, not '{BaseAddress}'.";
        }
        else if (BaseAddress is { } address && address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
        {
            yield return $"BaseAddress must be an http or https URI, not '{address.Scheme}'.";
        }

        if (UserAgent is { } userAgent && !UserAgentHeader.CanBeSent(userAgent))
        {
            yield return UserAgentHeader.Refusal;
        }

        if (MaxResponseBufferSize <= 0)
        {
            yield return $"MaxResponseBufferSize must be at least 1 byte, not {MaxResponseBufferSize}.";
        }
    }

    // Hidden: how generated options give the spec's token URL to the client credentials set on their OAuth 2 schemes.
    /// <summary>
    /// The <c>tokenUrl</c> the spec declares for the scheme whose property holds <paramref name="credentials"/>, or null;
    /// used when the credentials set no <see cref="OAuth2ClientCredentials.TokenUrl"/> of their own.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected internal virtual Uri? SpecTokenUrl(OAuth2ClientCredentials credentials) => null;

    // Hidden: how a generated client's With(configure) makes a view's options; users set options, they do not copy them.
    /// <summary>
    /// A copy of <paramref name="options"/> for a client view, changed by <paramref name="configure"/> and checked as
    /// start-up checks options. Credentials objects are shared, not copied (they hold no per-view state).
    /// </summary>
    /// <exception cref="ArgumentException">The changed options are not usable; the message says what to set.</exception>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static TOptions CopyFor<TOptions>(TOptions options, Action<TOptions> configure)
        where TOptions : ApiClientOptions
    {
        Guard.NotNull(options);
        Guard.NotNull(configure);
        var copy = (TOptions)((ApiClientOptions)options).MemberwiseClone();
        configure(copy);
        var problems = string.Join(" ", copy.Validate());
        return problems.Length == 0 ? copy : throw new ArgumentException(problems, nameof(configure));
    }
}
