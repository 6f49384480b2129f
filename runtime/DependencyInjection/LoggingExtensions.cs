using System;
using ConferenceGen.Runtime.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConferenceGen.Runtime.DependencyInjection;

/// <summary>Optional request logging for generated clients.</summary>
public static class LoggingExtensions
{
    /// <summary>
    /// Logs each request and reply with credentials redacted (see <see cref="RedactingLogHandler"/>);
    /// <paramref name="redactedHeaders"/> names more headers to redact.
    /// </summary>
    public static IHttpClientBuilder AddConferenceGenLogging(this IHttpClientBuilder builder, params string[] redactedHeaders)
    {
        Guard.NotNull(builder);
        return builder.AddHttpMessageHandler(provider =>
            new RedactingLogHandler(provider.GetRequiredService<ILoggerFactory>().CreateLogger("ConferenceGen." + builder.Name), redactedHeaders));
    }
}
