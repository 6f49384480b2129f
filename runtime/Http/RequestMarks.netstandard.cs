using System.Net.Http;

namespace ConferenceGen.Runtime.Http;

/// <summary>What a call says about its request to the handlers below it (the resilience pipeline), in the request's properties.</summary>
internal static class RequestMarks
{
    private const string RetryUnsafe = "ConferenceGen.RetryUnsafeRequest";

    /// <summary>Lets the pipeline retry this request although its method is not idempotent.</summary>
    public static void AllowRetry(HttpRequestMessage request) => request.Properties[RetryUnsafe] = true;

    /// <summary>Whether <see cref="AllowRetry"/> was called for the request.</summary>
    public static bool RetryAllowed(HttpRequestMessage request) => request.Properties.TryGetValue(RetryUnsafe, out var allowed) && allowed is true;
}
