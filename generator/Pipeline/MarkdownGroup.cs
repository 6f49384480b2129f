using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Generator.Reading.Markdown;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>The markdown pages that make one client, in path order, as read by the page step, and the settings of that client.</summary>
internal sealed record MarkdownGroup(EquatableArray<PageReading> Pages, SpecSettings Settings)
{
    public string Path => Pages[0].Input.Path;

    /// <summary>How the client's diagnostics are reported (the cap per ID, NoWarn metadata): as its first page's.</summary>
    public DiagnosticPolicy Policy => Pages[0].Input.Policy;

    /// <summary>
    /// Groups pages by the client they join (<see cref="PageGroup"/>, as the build task does). A client's settings are
    /// its first page's; a client of several pages is named after its folder (or, at the top of specs/, its pages'
    /// title) unless a page's metadata names it.
    /// </summary>
    public static ImmutableArray<MarkdownGroup> Form(ImmutableArray<PageReading> pages, CancellationToken cancellationToken)
    {
        var groups = ImmutableArray.CreateBuilder<MarkdownGroup>();
        foreach (var group in PageGroup.Form(pages, reading => reading.Page))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = group.Pages[0].Input;
            var settings = first.Settings;
            if (group.IsByFolder || group.Pages.Count > 1)
            {
                var name = group.IsByFolder ? group.Name.Split('/').Last() : group.Name;
                var stem = Identifier.Pascal(name, "Api");
                var relative = group.IsByFolder
                    ? string.Join(".", group.Name.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).Select(s => Identifier.Pascal(s, "Folder")))
                    : stem;
                var root = first.Page?.RootNamespace;
                var ns = group.Pages.Select(p => p.Input.Page?.Namespace).FirstOrDefault(n => n is not null) ?? (root is null ? relative : root + "." + relative);
                var client = group.Pages.Select(p => p.Input.Page?.ClientName).FirstOrDefault(n => n is not null) ?? stem + "Client";
                settings = settings with
                {
                    Namespace = SpecInputFactory.Namespace(ns, stem),
                    ClientName = SpecInputFactory.ClientName(client, stem + "Client"),
                };
            }

            groups.Add(new MarkdownGroup(group.Pages.ToEquatableArray(), settings));
        }

        return groups.ToImmutable();
    }
}
