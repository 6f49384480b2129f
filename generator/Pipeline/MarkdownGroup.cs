using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Generator.Reading.Markdown;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>The markdown pages that make one client, in path order, and the settings of that client.</summary>
internal sealed record MarkdownGroup(EquatableArray<SpecInput> Pages, SpecSettings Settings)
{
    public string Path => Pages[0].Path;

    /// <summary>
    /// Groups pages by the client they join. A client's settings are its first page's; a client of several pages
    /// is named after its folder (or, at the top of specs/, its pages' title) unless a page's metadata names it.
    /// </summary>
    public static ImmutableArray<MarkdownGroup> Form(ImmutableArray<MarkdownPage> pages, CancellationToken cancellationToken)
    {
        var groups = ImmutableArray.CreateBuilder<MarkdownGroup>();
        foreach (var group in pages.Where(p => p.GroupKey.Length > 0).GroupBy(p => p.GroupKey, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = group.OrderBy(p => p.Input.Path, StringComparer.Ordinal).ToList();
            var first = members[0];
            var settings = first.Input.Settings;
            var byFolder = PageGroup.IsByFolder(group.Key);
            if (byFolder || members.Count > 1)
            {
                var name = byFolder ? first.GroupName.Split('/').Last() : first.GroupName;
                var stem = Identifier.Pascal(name, "Api");
                var relative = byFolder
                    ? string.Join(".", first.GroupName.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).Select(s => Identifier.Pascal(s, "Folder")))
                    : stem;
                var root = first.Input.Page?.RootNamespace;
                var ns = members.Select(p => p.Input.Page?.Namespace).FirstOrDefault(n => n is not null) ?? (root is null ? relative : root + "." + relative);
                var client = members.Select(p => p.Input.Page?.ClientName).FirstOrDefault(n => n is not null) ?? stem + "Client";
                settings = settings with
                {
                    Namespace = SpecInputFactory.Namespace(ns, stem),
                    ClientName = SpecInputFactory.ClientName(client, stem + "Client"),
                };
            }

            groups.Add(new MarkdownGroup(members.Select(p => p.Input).ToEquatableArray(), settings));
        }

        return groups.ToImmutable();
    }
}
