using System;
using System.Net.Http;
using ConferenceGen.Runtime.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConferenceGen.Runtime.Tests.Logging;

/// <summary>Request logs redact credentials and any header the user names.</summary>
public sealed class RedactingLogHandlerTests
{
    [Fact]
    public void Credentials_and_configured_headers_are_redacted()
    {
        using var handler = new RedactingLogHandler(NullLogger.Instance, ["X-Custom-Secret"]);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz");
        request.Headers.TryAddWithoutValidation("X-Custom-Secret", "s3cr3t");
        request.Headers.TryAddWithoutValidation("Cookie", "session=abc");
        request.Headers.TryAddWithoutValidation("X-Trace", "visible");

        var line = handler.Headers(request.Headers, null);

        Assert.Equal("Authorization: [redacted]; X-Custom-Secret: [redacted]; Cookie: [redacted]; X-Trace: visible", line);
    }
}
