using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// Follows next-page links. The first page is fetched by the generated operation itself (so it is sent exactly
/// as that operation sends it); an observer in the async flow sees that exchange, and each next page is a GET of
/// the next link with the same headers. A next link to another origin is refused: credentials would go with it.
/// </summary>
internal static partial class ApiPaging
{
    private static readonly AsyncLocal<Exchange?> Current = new();

    /// <summary>Whether a pager on <paramref name="core"/> waits in this async flow for its first page.</summary>
    public static bool IsListening(ApiClientCore core) =>
        Current.Value is { Core: var listening, Request: null } && ReferenceEquals(listening, core);

    /// <summary>Records the request and response of the first page for the pager that waits for it.</summary>
    public static async Task<HttpResponseMessage> ObserveAsync(Task<HttpResponseMessage> sending)
    {
        var exchange = Current.Value!;
        var response = await sending.ConfigureAwait(false);
        exchange.Request = response.RequestMessage;
        exchange.LinkNext = NextFromLinkHeader(response);
        return response;
    }

    public static async IAsyncEnumerable<TItem> ItemsAsync<TPage, TItem>(
        ApiClientCore core,
        Func<CancellationToken, Task<TPage>> firstPage,
        JsonCodec<TPage> pageCodec,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?>? nextLink,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var exchange = new Exchange(core);
        var previous = Current.Value;
        Current.Value = exchange;
        TPage page;
        try
        {
            page = await firstPage(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Current.Value = previous;
        }

        var origin = exchange.Request?.RequestUri ?? throw new InvalidOperationException("The first page was not fetched through this client.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            foreach (var item in items(page) ?? Enumerable.Empty<TItem>())
            {
                yield return item;
            }

            var next = (nextLink is null ? null : nextLink(page)) ?? exchange.LinkNext;
            if (string.IsNullOrEmpty(next))
            {
                yield break;
            }

            var uri = new Uri(origin, next);
            if (!string.Equals(uri.GetLeftPart(UriPartial.Authority), origin.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The next page is on another origin ({uri.GetLeftPart(UriPartial.Authority)}); it is not followed, so that credentials stay with {origin.Host}.");
            }

            if (!seen.Add(uri.AbsoluteUri))
            {
                throw new InvalidOperationException($"The next-page link repeats ({uri.AbsolutePath}); paging stops instead of looping.");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            foreach (var header in exchange.Request!.Headers)
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            using var response = await core.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await core.ErrorAsync(response, cancellationToken).ConfigureAwait(false);
            }

            page = await core.ReadJsonAsync(response, pageCodec, cancellationToken).ConfigureAwait(false);
            exchange.LinkNext = NextFromLinkHeader(response);
        }
    }

    /// <summary>The target of <c>rel="next"</c> in a <c>Link</c> header (RFC 8288), or null.</summary>
    internal static string? NextFromLinkHeader(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (Match match in LinkValue().Matches(string.Join(",", values)))
        {
            var parameters = match.Groups["params"].Value;
            if (RelNext().IsMatch(parameters))
            {
                return match.Groups["target"].Value;
            }
        }

        return null;
    }

    // LinkValue() and RelNext(): ApiPaging.Regex.net8.cs (source-generated) and ApiPaging.Regex.netstandard.cs (netstandard2.0).
    private const string LinkValuePattern = @"<(?<target>[^>]*)>(?<params>[^,<]*)";
    private const RegexOptions LinkValueOptions = RegexOptions.CultureInvariant;
    private const string RelNextPattern = @";\s*rel\s*=\s*""?([^""]*\s)?next(\s[^""]*)?""?";
    private const RegexOptions RelNextOptions = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private sealed class Exchange(ApiClientCore core)
    {
        public ApiClientCore Core { get; } = core;

        public HttpRequestMessage? Request { get; set; }

        public string? LinkNext { get; set; }
    }
}
