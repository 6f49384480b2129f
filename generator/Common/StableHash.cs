using System.Globalization;

namespace ConferenceGen.Generator;

/// <summary>
/// A short hash of a text that is the same in every run, process and platform (FNV-1a over the UTF-16 code units),
/// unlike <see cref="string.GetHashCode()"/>: for names that are cut to a length and must stay unique and stable.
/// </summary>
internal static class StableHash
{
    /// <summary>Eight lower-case hex digits.</summary>
    public static string Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
