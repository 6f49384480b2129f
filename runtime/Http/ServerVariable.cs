using System;

namespace ConferenceGen.Runtime.Http;

/// <summary>Server variables (such as SignalWire's <c>{space}</c>) filled into the server URL.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class ServerVariable
{
    /// <summary>
    /// The value, percent-encoded so that it cannot change the host or path around it (a value such as
    /// <c>evil.com/x#</c> stays inside its place). Throws a clear error when a required value is missing.
    /// </summary>
    public static string Escape(string? value, string optionName, string serverUrl)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new InvalidOperationException(
                $"Set {optionName} in the client options: it fills a variable of the server {serverUrl}. Or set BaseAddress instead.");
        }

        return Uri.EscapeDataString(value);
    }
}
