using System;

namespace ConferenceGen.AspNetCore;

/// <summary>How a webhook endpoint reads requests.</summary>
public sealed class WebhookEndpointOptions
{
    /// <summary>
    /// The public URL the vendor calls, up to the application's root (<c>https://hooks.example.com</c>, or
    /// <c>https://example.com/hooks</c> when a proxy strips <c>/hooks</c>): signatures cover the URL the vendor used,
    /// which a reverse proxy hides from the application. When null, the request's scheme and host are used, as
    /// <c>UseForwardedHeaders</c> leaves them behind a proxy that sends <c>X-Forwarded-Proto</c> and <c>X-Forwarded-Host</c>.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The largest body read, in bytes (1 MiB by default); a larger one is answered 413 and never verified or read.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;
}
