using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// Follows redirects as <see cref="HttpClientHandler"/> does (300, 301, 302, 303, 307 and 308 with a
/// <c>Location</c>; at most 50; never from https to http; a 301 or 302 after a POST, and a 303 after anything but
/// HEAD, become a GET without a body) with one difference: a redirect to another origin (scheme, host or port)
/// goes without the request's headers but <c>Accept*</c> and <c>User-Agent</c>. The platform's handler drops only
/// <c>Authorization</c>, so an API key in a header of its own (<c>X-Api-Key</c>) or a <c>Cookie</c> would reach
/// whatever host a reply names, a storage service's signed URL say. Generated clients registered with dependency
/// injection get it; with an <see cref="HttpClient"/> of your own, put it in front of a handler that does not
/// follow redirects itself:
/// <code>new HttpClient(new SafeRedirectHandler(new HttpClientHandler { AllowAutoRedirect = false }))</code>
/// </summary>
public sealed class SafeRedirectHandler : DelegatingHandler
{
    /// <summary>How many redirects one request follows, as for <see cref="HttpClientHandler.MaxAutomaticRedirections"/>.</summary>
    public const int MaxRedirects = 50;

    // What a request keeps when it leaves its origin: nothing that can name or authorize the caller.
    private static readonly HashSet<string> KeptAcrossOrigins = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "User-Agent",
    };

    /// <summary>A handler with no inner handler yet (for <c>IHttpClientFactory</c>, which sets it).</summary>
    public SafeRedirectHandler()
    {
    }

    /// <summary>A handler in front of <paramref name="innerHandler"/>, which must not follow redirects itself.</summary>
    /// <param name="innerHandler">The handler that sends each request, for example an <see cref="HttpClientHandler"/> with <c>AllowAutoRedirect = false</c>.</param>
    public SafeRedirectHandler(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Guard.NotNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        for (var redirects = 0; redirects < MaxRedirects && TargetOf(request.RequestUri!, response) is { } target; redirects++)
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            if ((status is 301 or 302 && request.Method == HttpMethod.Post) || (status == 303 && request.Method != HttpMethod.Head))
            {
                request.Method = HttpMethod.Get;
                request.Content?.Dispose();
                request.Content = null;
            }

            if (!SameOrigin(request.RequestUri!, target))
            {
                foreach (var name in request.Headers.Select(header => header.Key).Where(name => !KeptAcrossOrigins.Contains(name)).ToList())
                {
                    request.Headers.Remove(name);
                }
            }

            request.RequestUri = target;
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    /// <summary>Where a reply redirects to, or null when it is a reply to keep: no redirect, no Location, another scheme, or https to http.</summary>
    private static Uri? TargetOf(Uri from, HttpResponseMessage response)
    {
        if ((int)response.StatusCode is not (300 or 301 or 302 or 303 or 307 or 308) || response.Headers.Location is not { } location)
        {
            return null;
        }

        var target = location.IsAbsoluteUri ? location : new Uri(from, location);
        if (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp)
        {
            return null;
        }

        return from.Scheme == Uri.UriSchemeHttps && target.Scheme == Uri.UriSchemeHttp ? null : target;
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && a.Port == b.Port && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase);
}
