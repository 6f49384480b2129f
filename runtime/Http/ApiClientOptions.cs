using System;
using System.Collections.Generic;

namespace ConferenceGen.Runtime.Http;

/// <summary>Settings every generated client has; each client's options class adds its credentials and server variables.</summary>
public abstract class ApiClientOptions
{
    /// <summary>
    /// Where requests go, replacing the spec's server (for example a local test server). The path of the
    /// address is kept: operation paths are appended to it.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Allows credentials over plain <c>http://</c> to hosts other than loopback. Off by default, because
    /// the credentials would cross the network in clear text.
    /// </summary>
    public bool AllowInsecureCredentials { get; set; }

    // Not hidden: a caller that creates a client without dependency injection can ask what start-up would ask.
    /// <summary>
    /// What is wrong with these options, in words that say what to set; empty when they are usable. Checked at
    /// start-up when the client is registered with <c>services.Add…Client(…)</c>.
    /// </summary>
    public virtual IEnumerable<string> Validate()
    {
        if (BaseAddress is { IsAbsoluteUri: false })
        {
            yield return $"BaseAddress must be an absolute URI, not '{BaseAddress}'.";
        }
        else if (BaseAddress is { } address && address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
        {
            yield return $"BaseAddress must be an http or https URI, not '{address.Scheme}'.";
        }
    }
}
