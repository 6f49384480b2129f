using System;
using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Building.Schemas;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Building.Operations;

/// <summary>
/// Finds list operations whose pages link to each other: a reply that is an array (the next page is in a
/// <c>Link</c> header), or an object with one array and a next-page link such as Twilio's <c>next_page_uri</c> or
/// <c>meta.next_page_url</c>. Projects can name more links (<c>NextLinks</c> metadata: dotted wire names).
/// </summary>
internal static class PagingDetector
{
    private static readonly string[] NextLinkNames =
        ["next_page_uri", "next_page_url", "nextPageUri", "nextPageUrl", "nextPage", "nextPageLink", "nextLink", "@odata.nextLink", "next"];

    private static readonly string[] Containers = ["meta", "links", "_links", "pageInfo", "page_info", "paging", "pagination"];

    public static PagingModel? Detect(TypeRef returned, SchemaCatalogue schemas, string methodName, IReadOnlyList<string> configuredLinks)
    {
        if (returned.Kind == TypeKind.List && returned.Item is { } item)
        {
            return new PagingModel(methodName, returned, item, null, NextLinkSource.LinkHeader, EquatableArray<string>.Empty, false, null);
        }

        if (schemas.FindObject(returned) is not { } page)
        {
            return null;
        }

        var arrays = page.Properties.Where(p => p.Type.Kind == TypeKind.List && p.Type.Item is not null).ToList();
        if (arrays.Count != 1 || FindNext(page, schemas, configuredLinks) is not { } next)
        {
            return null;
        }

        return new PagingModel(methodName, returned, arrays[0].Type.Item!, arrays[0].Name, NextLinkSource.Property, next.Path.ToEquatableArray(), next.IsUri, next.WirePath);
    }

    private static (List<string> Path, bool IsUri, string WirePath)? FindNext(ObjectDraft page, SchemaCatalogue schemas, IReadOnlyList<string> configuredLinks)
    {
        foreach (var path in configuredLinks.Concat(NextLinkNames))
        {
            if (Follow(page, schemas, path.Split('.')) is { } found)
            {
                return (found.Path, found.IsUri, path);
            }
        }

        foreach (var container in page.Properties.Where(p => p.Type.Kind == TypeKind.Object && Containers.Contains(p.WireName, StringComparer.OrdinalIgnoreCase)))
        {
            foreach (var name in NextLinkNames)
            {
                if (Follow(page, schemas, new[] { container.WireName, name }) is { } found)
                {
                    return (found.Path, found.IsUri, container.WireName + "." + name);
                }
            }
        }

        return null;
    }

    /// <summary>The property names along a dotted wire path, when it ends in a string or URI.</summary>
    private static (List<string> Path, bool IsUri)? Follow(ObjectDraft model, SchemaCatalogue schemas, IReadOnlyList<string> wirePath)
    {
        var path = new List<string>();
        for (var i = 0; i < wirePath.Count; i++)
        {
            if (model.Property(wirePath[i]) is not { } property)
            {
                return null;
            }

            path.Add(property.Name);
            if (i == wirePath.Count - 1)
            {
                return property.Type.Kind switch
                {
                    TypeKind.String => (path, false),
                    TypeKind.Uri => (path, true),
                    _ => null,
                };
            }

            if (schemas.FindObject(property.Type) is not { } inner)
            {
                return null;
            }

            model = inner;
        }

        return null;
    }
}
