using System;
using System.Collections.Generic;
using System.Linq;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// Which client a markdown page joins: pages of one specs/ sub-folder make one client; at the top of specs/, pages
/// whose first document has the same info.title and server do. The same rule serves the generator and the build
/// task that writes derived specs, so both see the same clients.
/// </summary>
internal static class PageGroup
{
    /// <summary>The key of the page's client (empty for a page that is no spec) and the name a client of several pages takes.</summary>
    public static (string Key, string Name) Of(string path, string folder, MarkdownSpec spec)
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

    public static bool IsByFolder(string key) => key.StartsWith("folder:", StringComparison.Ordinal);
}
