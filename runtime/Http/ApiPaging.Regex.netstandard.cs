using System.Text.RegularExpressions;

namespace ConferenceGen.Runtime.Http;

/// <summary>The Link header's regular expressions, built once (netstandard2.0 has no regex source generator).</summary>
internal static partial class ApiPaging
{
    private static readonly Regex LinkValueRegex = new(LinkValuePattern, LinkValueOptions | RegexOptions.Compiled);
    private static readonly Regex RelNextRegex = new(RelNextPattern, RelNextOptions | RegexOptions.Compiled);

    private static Regex LinkValue() => LinkValueRegex;

    private static Regex RelNext() => RelNextRegex;
}
