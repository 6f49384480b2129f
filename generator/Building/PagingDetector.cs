using System;
using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;

namespace ConferenceGen.Generator.Building;

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

    public static PagingModel? Detect(TypeUsage returned, TypeResolver types, string methodName, IReadOnlyList<string> configuredLinks)
    {
        if (returned.Shape == "list" && returned.Item is { } item)
        {
            return new PagingModel(methodName, returned.Type, returned.Codec, item.Nullable ? item.NullableType : item.Type, "pageReply", "null", "the <c>Link</c> header");
        }

        if (returned.Shape != "object" || types.FindObject(returned.Type) is not { } page)
        {
            return null;
        }

        var arrays = page.Properties.Where(p => p.Type.Shape == "list" && p.Type.Item is not null).ToList();
        if (arrays.Count != 1)
        {
            return null;
        }

        var next = FindNext(page, types, configuredLinks);
        if (next is null)
        {
            return null;
        }

        var items = arrays[0];
        return new PagingModel(
            methodName,
            returned.Type,
            returned.Codec,
            items.Type.Item!.Nullable ? items.Type.Item.NullableType : items.Type.Item.Type,
            "pageReply." + items.Name,
            "static pageReply => " + next.Value.Expression,
            "<c>" + DocText.Escape(next.Value.WirePath) + "</c>");
    }

    private static (string Expression, string WirePath)? FindNext(ObjectBuilder page, TypeResolver types, IReadOnlyList<string> configuredLinks)
    {
        foreach (var path in configuredLinks.Concat(NextLinkNames))
        {
            if (Follow(page, types, path.Split('.')) is { } found)
            {
                return (found, path);
            }
        }

        foreach (var container in page.Properties.Where(p => p.Type.Shape == "object" && Containers.Contains(p.WireName, StringComparer.OrdinalIgnoreCase)))
        {
            foreach (var name in NextLinkNames)
            {
                if (Follow(page, types, new[] { container.WireName, name }) is { } found)
                {
                    return (found, container.WireName + "." + name);
                }
            }
        }

        return null;
    }

    /// <summary>The C# expression of a dotted wire path from <c>pageReply</c>, when it ends in a string or URI.</summary>
    private static string? Follow(ObjectBuilder model, TypeResolver types, IReadOnlyList<string> path)
    {
        var expression = "pageReply";
        for (var i = 0; i < path.Count; i++)
        {
            var property = model.Properties.FirstOrDefault(p => string.Equals(p.WireName, path[i], StringComparison.Ordinal));
            if (property is null)
            {
                return null;
            }

            expression += (i == 0 ? "." : "?.") + property.Name;
            if (i == path.Count - 1)
            {
                return property.Type.Type switch
                {
                    "string" => expression,
                    KnownTypes.UriType => expression + "?.OriginalString",
                    _ => null,
                };
            }

            if (property.Type.Shape != "object" || types.FindObject(property.Type.Type) is not { } inner)
            {
                return null;
            }

            model = inner;
        }

        return null;
    }
}
