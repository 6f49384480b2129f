using System;
using System.Collections.Generic;
using System.Linq;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// Which client a markdown page joins: pages of one specs/ sub-folder make one client; at the top of specs/, pages
/// whose first document has the same info.title and server do. The generator and the build task that writes
/// derived specs both group pages here, so both see the same clients.
/// </summary>
internal static class PageGroup
{
    /// <summary>
    /// The pages that are specs, grouped by the client they join: clients in key order, each client's pages in path
    /// order. <paramref name="pageOf"/> finds the reading in whatever a caller carries a page in.
    /// </summary>
    public static List<PageGroup<T>> Form<T>(IEnumerable<T> pages, Func<T, MarkdownPage> pageOf) =>
        pages
            .Where(p => pageOf(p).GroupKey.Length > 0)
            .GroupBy(p => pageOf(p).GroupKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.OrderBy(p => pageOf(p).Path, StringComparer.Ordinal).ToList();
                return new PageGroup<T>(g.Key, pageOf(members[0]).GroupName, members);
            })
            .ToList();

    /// <summary>The key of the page's client (empty for a page that is no spec) and the name a client of several pages takes.</summary>
    internal static (string Key, string Name) Of(string path, string folder, MarkdownSpec spec)
    {
        if (spec.Shape == MarkdownShape.None)
        {
            return (string.Empty, string.Empty);
        }

        folder = folder.Replace('\\', '/').Trim('/');
        if (folder.Length > 0)
        {
            return ("folder:" + folder, folder);
        }

        if (spec.Parts.Count == 0)
        {
            // An embedded document that does not parse: the page is a client of its own, which reports why.
            return ("page:" + path, string.Empty);
        }

        return ("api:" + spec.Parts[0].Title + "\n" + spec.Parts[0].Server, spec.Parts[0].Title);
    }
}

/// <summary>The pages of one client, in path order.</summary>
/// <param name="Key">What the pages share: their folder, or their title and server, or (alone) their path.</param>
/// <param name="Name">The first page's <see cref="MarkdownPage.GroupName"/>: the folder, or the title.</param>
internal sealed record PageGroup<T>(string Key, string Name, IReadOnlyList<T> Pages)
{
    /// <summary>Whether the pages are one specs/ sub-folder (the client is named after it, even with one page).</summary>
    public bool IsByFolder => Key.StartsWith("folder:", StringComparison.Ordinal);
}
