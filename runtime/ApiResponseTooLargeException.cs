using System;
using System.Globalization;
using System.Net.Http;

namespace ConferenceGen.Runtime;

/// <summary>
/// The server answered with a body longer than the client reads into memory
/// (<see cref="Http.ApiClientOptions.MaxResponseBufferSize"/>), or announced one with <c>Content-Length</c>. Keeps the
/// status and the headers; the body is not kept, since keeping it is what the limit prevents.
/// </summary>
public sealed class ApiResponseTooLargeException : ApiException
{
    /// <summary>Creates an exception for a reply whose body is longer than <paramref name="limit"/>.</summary>
    public ApiResponseTooLargeException(string message, ApiResponseInfo response, long limit, long? declaredLength)
        : base(message, response)
    {
        Limit = limit;
        DeclaredLength = declaredLength;
    }

    /// <summary>The limit the body went past, in bytes: the client's <c>MaxResponseBufferSize</c>.</summary>
    public long Limit { get; }

    /// <summary>The body's length as its <c>Content-Length</c> announced it, or <c>null</c> when it announced none.</summary>
    public long? DeclaredLength { get; }

    internal static ApiResponseTooLargeException For(HttpResponseMessage response, long limit, long? declaredLength)
    {
        var method = response.RequestMessage?.Method ?? HttpMethod.Get;
        var what = declaredLength is { } declared
            ? $"its Content-Length ({Bytes(declared)}) is larger than"
            : "its body goes on past";
        var message = $"{Describe(method, response.RequestMessage?.RequestUri, (int)response.StatusCode, response.ReasonPhrase)}, but {what} "
            + $"MaxResponseBufferSize ({Bytes(limit)}), the most a call reads into memory. Raise MaxResponseBufferSize in the client options to read longer replies.";
        return new ApiResponseTooLargeException(message, ApiResponseInfo.From(response, Array.Empty<byte>()), limit, declaredLength);
    }

    private static string Bytes(long count) => count.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
