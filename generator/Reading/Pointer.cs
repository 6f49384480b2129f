namespace ConferenceGen.Generator.Reading;

/// <summary>JSON pointer segments, for locating diagnostics and rewriting references.</summary>
internal static class Pointer
{
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
