using System.Net.Http;

namespace ConferenceGen.Runtime.Http;

/// <summary>What a call says about its request to the handlers below it (the resilience pipeline), in the request's properties.</summary>
internal static class RequestMarks
{
    private const string RetryUnsafe = "ConferenceGen.RetryUnsafeRequest";
    private const string Renewal = "ConferenceGen.TokenRenewal";

    /// <summary>Lets the pipeline retry this request although its method is not idempotent.</summary>
    public static void AllowRetry(HttpRequestMessage request) => request.Properties[RetryUnsafe] = true;

    /// <summary>Whether <see cref="AllowRetry"/> was called for the request.</summary>
    public static bool RetryAllowed(HttpRequestMessage request) => request.Properties.TryGetValue(RetryUnsafe, out var allowed) && allowed is true;

    /// <summary>Records that the request carries a token the client can renew after a 401.</summary>
    public static void SetRenewal(HttpRequestMessage request, TokenRenewal renewal) => request.Properties[Renewal] = renewal;

    /// <summary>The renewable token the request carries, or null.</summary>
    public static TokenRenewal? RenewalOf(HttpRequestMessage request) => request.Properties.TryGetValue(Renewal, out var renewal) ? renewal as TokenRenewal : null;

    /// <summary>Gives a copy of a request the marks of the original (only these: handlers keep their own state in the properties too).</summary>
    public static void CopyTo(HttpRequestMessage from, HttpRequestMessage to)
    {
        if (RetryAllowed(from))
        {
            AllowRetry(to);
        }

        if (RenewalOf(from) is { } renewal)
        {
            SetRenewal(to, renewal);
        }
    }
}
