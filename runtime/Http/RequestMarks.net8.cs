using System.Net.Http;

namespace ConferenceGen.Runtime.Http;

/// <summary>What a call says about its request to the handlers below it (the resilience pipeline), in the request's options.</summary>
internal static class RequestMarks
{
    private static readonly HttpRequestOptionsKey<bool> RetryUnsafe = new("ConferenceGen.RetryUnsafeRequest");
    private static readonly HttpRequestOptionsKey<TokenRenewal> Renewal = new("ConferenceGen.TokenRenewal");

    /// <summary>Lets the pipeline retry this request although its method is not idempotent.</summary>
    public static void AllowRetry(HttpRequestMessage request) => request.Options.Set(RetryUnsafe, true);

    /// <summary>Whether <see cref="AllowRetry"/> was called for the request.</summary>
    public static bool RetryAllowed(HttpRequestMessage request) => request.Options.TryGetValue(RetryUnsafe, out var allowed) && allowed;

    /// <summary>Records that the request carries a token the client can renew after a 401.</summary>
    public static void SetRenewal(HttpRequestMessage request, TokenRenewal renewal) => request.Options.Set(Renewal, renewal);

    /// <summary>The renewable token the request carries, or null.</summary>
    public static TokenRenewal? RenewalOf(HttpRequestMessage request) => request.Options.TryGetValue(Renewal, out var renewal) ? renewal : null;

    /// <summary>Gives a copy of a request the marks of the original (only these: handlers keep their own state in the options too).</summary>
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
