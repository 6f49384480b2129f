using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building;

/// <summary>Applies a spec's <see cref="OperationFilter"/> to its operations.</summary>
internal sealed class OperationSelector
{
    private readonly OperationFilter _filter;
    private readonly Regex[] _includePaths;
    private readonly Regex[] _excludePaths;
    private readonly Regex[] _includeOperations;
    private readonly Regex[] _excludeOperations;

    public OperationSelector(OperationFilter filter)
    {
        _filter = filter;
        _includePaths = filter.IncludePaths.Select(g => Glob(g, pathSegments: true)).ToArray();
        _excludePaths = filter.ExcludePaths.Select(g => Glob(g, pathSegments: true)).ToArray();
        _includeOperations = filter.IncludeOperations.Select(g => Glob(g, pathSegments: false)).ToArray();
        _excludeOperations = filter.ExcludeOperations.Select(g => Glob(g, pathSegments: false)).ToArray();
    }

    public bool Includes(string path, OpenApiOperation operation)
    {
        if (_filter.IsAll)
        {
            return true;
        }

        var tags = operation.Tags?.Select(t => t.Name ?? string.Empty).ToList() ?? new List<string>();
        var id = operation.OperationId ?? string.Empty;
        var included = !_filter.HasIncludes
            || HasTag(tags, _filter.IncludeTags) || _includePaths.Any(g => g.IsMatch(path)) || _includeOperations.Any(g => g.IsMatch(id));
        return included
            && !HasTag(tags, _filter.ExcludeTags) && !_excludePaths.Any(g => g.IsMatch(path)) && !_excludeOperations.Any(g => g.IsMatch(id));
    }

    private static bool HasTag(List<string> tags, EquatableArray<string> wanted) =>
        wanted.Any(w => tags.Any(t => string.Equals(t, w, StringComparison.OrdinalIgnoreCase)));

    /// <summary>A glob as a regular expression: <c>**</c> is anything, <c>*</c> anything but <c>/</c> in paths, <c>?</c> one character.</summary>
    internal static Regex Glob(string glob, bool pathSegments)
    {
        var pattern = new System.Text.StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                pattern.Append(".*");
                i++;
            }
            else if (c == '*')
            {
                pattern.Append(pathSegments ? "[^/]*" : ".*");
            }
            else if (c == '?')
            {
                pattern.Append(pathSegments ? "[^/]" : ".");
            }
            else
            {
                pattern.Append(Regex.Escape(c.ToString()));
            }
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
