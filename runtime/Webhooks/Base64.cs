using System;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>Base64 text that may be damaged: its bytes, or null.</summary>
internal static class Base64
{
    public static byte[]? TryDecode(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
