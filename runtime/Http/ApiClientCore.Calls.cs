using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime.Http;

/// <summary>A client view's <see cref="ApiCallOptions"/>: what every call of the view adds to the request, and its timeout.</summary>
public sealed partial class ApiClientCore
{
    /// <summary>The options every call of this view applies, or null for a client's own calls.</summary>
    public ApiCallOptions? CallOptions => _call;

    /// <summary>The call options of a view made from this one: <paramref name="added"/> on top of this view's.</summary>
    public ApiCallOptions CallOptionsWith(ApiCallOptions added) => ApiCallOptions.Combine(_call, added);

    // The call's Timeout can only shorten HttpClient.Timeout.
    private TimeSpan BodyTimeout => _call?.Timeout is { } timeout && timeout < _httpClient.Timeout ? timeout : _httpClient.Timeout;

    private async Task<HttpResponseMessage> SendCallAsync(HttpRequestMessage request, ApiCallOptions call, CancellationToken cancellationToken)
    {
        foreach (var header in call.Headers)
        {
            SetHeader(request, header.Key, header.Value);
        }

        if (call.RetryUnsafeRequest)
        {
            RequestMarks.AllowRetry(request);
        }

        var response = call.Timeout is { } timeout && timeout < _httpClient.Timeout
            ? await SendWithinAsync(request, timeout, cancellationToken).ConfigureAwait(false)
            : await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        call.Observer?.Invoke(response);
        return response;
    }

    // A header of the call's replaces one the client set under the same name (a content header goes on the content).
    private static void SetHeader(HttpRequestMessage request, string name, string value)
    {
        HeaderValue.Checked(value, nameof(ApiCallOptions.Headers));
        request.Headers.Remove(name);
        if (!request.Headers.TryAddWithoutValidation(name, value) && request.Content is { } content)
        {
            content.Headers.Remove(name);
            content.Headers.TryAddWithoutValidation(name, value);
        }
    }

    private async Task<HttpResponseMessage> SendWithinAsync(HttpRequestMessage request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            return await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested && limit.IsCancellationRequested)
        {
            // As HttpClient reports its own timeout: one catch handles both.
            throw new TaskCanceledException(
                $"{request.Method.Method} {request.RequestUri?.AbsolutePath} did not answer within the call's Timeout ({timeout.TotalSeconds} s).",
                new TimeoutException(e.Message, e));
        }
    }
}
