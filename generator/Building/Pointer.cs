namespace ConferenceGen.Generator.Building;

/// <summary>JSON pointer segments, for locating diagnostics.</summary>
internal static class Pointer
{
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
