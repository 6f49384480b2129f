using System.Text.RegularExpressions;

namespace ConferenceGen.Runtime.Http;

/// <summary>The Link header's regular expressions, source-generated (.NET 8 and later).</summary>
internal static partial class ApiPaging
{
    [GeneratedRegex(LinkValuePattern, LinkValueOptions)]
    private static partial Regex LinkValue();

    [GeneratedRegex(RelNextPattern, RelNextOptions)]
    private static partial Regex RelNext();
}
