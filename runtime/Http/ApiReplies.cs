using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// The whole reply of any operation, through the client's interface: <c>await twilio.ReplyAsync(c =&gt;
/// c.UpdateConferenceAsync(…))</c> gives the status, the headers and the result, and a documented error as a value
/// instead of an exception. One generic path for every operation, so the generated clients carry no second method
/// per operation.
/// </summary>
public static class ApiReplies
{
    /// <summary>Calls an operation that returns <typeparamref name="T"/> and returns its whole reply.</summary>
    /// <param name="client">The client (or a view of it).</param>
    /// <param name="call">The call, made on the client it is given.</param>
    /// <exception cref="InvalidOperationException">The call made no request through the client it was given (a fake, or another client).</exception>
    public static async Task<ApiReply<T>> ReplyAsync<TClient, T>(this IApiClient<TClient> client, Func<TClient, Task<T>> call)
    {
        Guard.NotNull(client);
        Guard.NotNull(call);
        var seen = new SeenReply();
        try
        {
            var value = await call(client.With(new ApiCallOptions { Observer = seen.See })).ConfigureAwait(false);
            return new ApiReply<T>(seen.StatusCode(), seen.ReasonPhrase, seen.Headers!, value, error: null);
        }
        catch (ApiException e)
        {
            return new ApiReply<T>(e.StatusCode, e.Response.ReasonPhrase, e.Response.Headers, default!, e);
        }
    }

    /// <summary>Calls an operation that returns nothing and returns its whole reply.</summary>
    /// <param name="client">The client (or a view of it).</param>
    /// <param name="call">The call, made on the client it is given.</param>
    /// <exception cref="InvalidOperationException">The call made no request through the client it was given (a fake, or another client).</exception>
    public static async Task<ApiReply> ReplyAsync<TClient>(this IApiClient<TClient> client, Func<TClient, Task> call)
    {
        Guard.NotNull(client);
        Guard.NotNull(call);
        var seen = new SeenReply();
        try
        {
            await call(client.With(new ApiCallOptions { Observer = seen.See })).ConfigureAwait(false);
            return new ApiReply(seen.StatusCode(), seen.ReasonPhrase, seen.Headers!, error: null);
        }
        catch (ApiException e)
        {
            return new ApiReply(e.StatusCode, e.Response.ReasonPhrase, e.Response.Headers, e);
        }
    }

    // The last reply the view's calls received, copied before the call reads and disposes it.
    private sealed class SeenReply
    {
        private int? _statusCode;

        public string? ReasonPhrase { get; private set; }

        public IReadOnlyDictionary<string, IReadOnlyList<string>>? Headers { get; private set; }

        public void See(HttpResponseMessage response)
        {
            _statusCode = (int)response.StatusCode;
            ReasonPhrase = response.ReasonPhrase;
            Headers = ApiResponseInfo.HeadersOf(response);
        }

        public int StatusCode() => _statusCode
            ?? throw new InvalidOperationException("The call made no request through the client it was given, so there is no reply to show: call the operation on the client the lambda receives.");
    }
}
