using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// Follows next-page links. The pager sends the first page's request itself, built by the generated operation
/// (so it leaves exactly as that operation sends it), and reads every page with the operation's own reply handling.
/// Each next page is a GET of the next link with the first request's headers. It depends on its arguments only: no
/// state outside this enumeration, nothing any other call of the client sees. A next link to another origin is
/// refused: credentials would go with it.
/// </summary>
internal static partial class ApiPaging
{
    public static async IAsyncEnumerable<TItem> ItemsAsync<TPage, TItem>(
        ApiClientCore core,
        Func<CancellationToken, Task<HttpRequestMessage>> firstRequest,
        Func<HttpResponseMessage, CancellationToken, Task<TPage>> readPage,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?>? nextLink,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Uri origin;
        List<KeyValuePair<string, IEnumerable<string>>> headers;
        TPage page;
        string? linkNext;
        TokenRenewal? renewal;
        using (var first = await firstRequest(cancellationToken).ConfigureAwait(false))
        {
            origin = first.RequestUri!;
            headers = first.Headers.ToList();
            renewal = RequestMarks.RenewalOf(first);
            using var response = await core.SendAsync(first, cancellationToken).ConfigureAwait(false);
            page = await readPage(response, cancellationToken).ConfigureAwait(false);
            linkNext = NextFromLinkHeader(response);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            foreach (var item in items(page) ?? Enumerable.Empty<TItem>())
            {
                yield return item;
            }

            var next = (nextLink is null ? null : nextLink(page)) ?? linkNext;
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
            foreach (var header in headers)
            {
                // Values the first request carried, which passed HeaderValue's check when it was built.
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            if (renewal is not null)
            {
                // An OAuth 2 token, current for this page (a long paging outlives a token), renewed after a 401 like the first.
                await renewal.Credentials.AuthorizeAsync(request, renewal.Endpoint, cancellationToken).ConfigureAwait(false);
            }

            using var response = await core.SendAsync(request, cancellationToken).ConfigureAwait(false);
            page = await readPage(response, cancellationToken).ConfigureAwait(false);
            linkNext = NextFromLinkHeader(response);
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
}
