using System;
using System.Collections.Generic;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// The forms of a URL a vendor may have signed: as requested, without its port, and with the scheme's default port
/// written out. A callback URL configured as <c>https://example.com/cb</c> arrives at a server that sees port 443, and
/// one configured with <c>:443</c> is signed with it; Twilio's libraries accept both forms, and so does this.
/// </summary>
internal static class SignedUrl
{
    private static readonly char[] AuthorityEnd = { '/', '?', '#' };

    public static IEnumerable<string> Candidates(string url)
    {
        yield return url;
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            yield break;
        }

        var scheme = url.Substring(0, schemeEnd + 3);
        var authorityEnd = url.IndexOfAny(AuthorityEnd, scheme.Length);
        var authority = authorityEnd < 0 ? url.Substring(scheme.Length) : url.Substring(scheme.Length, authorityEnd - scheme.Length);
        var rest = authorityEnd < 0 ? string.Empty : url.Substring(authorityEnd);
        var userInfoEnd = authority.LastIndexOf('@');
        var userInfo = authority.Substring(0, userInfoEnd + 1);
        var hostAndPort = authority.Substring(userInfoEnd + 1);

        // A colon starts the port only after the closing bracket of an IPv6 literal.
        var portStart = hostAndPort.IndexOf(':', hostAndPort.LastIndexOf(']') + 1);
        if (portStart >= 0)
        {
            yield return scheme + userInfo + hostAndPort.Substring(0, portStart) + rest;
        }
        else
        {
            var port = string.Equals(scheme, "https://", StringComparison.OrdinalIgnoreCase) ? ":443" : ":80";
            yield return scheme + userInfo + hostAndPort + port + rest;
        }
    }
}
