using System.Reflection;

namespace ConferenceGen.Runtime.Http;

/// <summary>The <c>User-Agent</c> a client sends unless its options say otherwise, and which values can be sent.</summary>
internal static class UserAgentHeader
{
    /// <summary><c>ConferenceGen/</c> and the runtime's version, without the commit the build appends after <c>+</c>.</summary>
    public static readonly string Default = "ConferenceGen/" + Version();

    /// <summary>Why a user agent is refused; it never repeats the value.</summary>
    public const string Refusal = "UserAgent must be printable ASCII text, without line breaks or other control characters.";

    /// <summary>
    /// Whether a value can go into the header as it is: printable ASCII only. A line break would end the header
    /// (<see cref="HeaderValue"/>), and .NET refuses non-ASCII header bytes by default.
    /// </summary>
    public static bool CanBeSent(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static string Version()
    {
        var assembly = typeof(UserAgentHeader).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var metadata = version.IndexOf('+');
        return metadata >= 0 ? version.Substring(0, metadata) : version;
    }
}
