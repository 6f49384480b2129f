using System;
using System.Net.Http;

namespace ConferenceGen.Runtime;

/// <summary>
/// The server answered, but not with a reply the operation documents as success, or with a reply that could
/// not be read. Keeps the status, the headers and the raw body; never the request's credentials.
/// </summary>
public class ApiException : Exception
{
    /// <summary>Creates an exception for a reply.</summary>
    public ApiException(string message, ApiResponseInfo response, Exception? innerException = null)
        : base(message, innerException)
    {
        Guard.NotNull(response);
        Response = response;
    }

    /// <summary>What the server answered.</summary>
    public ApiResponseInfo Response { get; }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode => Response.StatusCode;

    /// <summary>The reply's body as text (UTF-8), empty when there was none.</summary>
    public string ResponseBody => Response.BodyText;

    /// <summary>The parsed error body, when the spec documents one for this status; otherwise <c>null</c>.</summary>
    public virtual object? ErrorBody => null;

    internal static string Describe(HttpMethod method, Uri? requestUri, int status, string? reason) =>
        // Only the path: a query string may carry an API key.
        $"{method.Method} {requestUri?.AbsolutePath} answered {status}{(string.IsNullOrEmpty(reason) ? "" : $" ({reason})")}";
}

/// <summary>An error reply whose body the spec documents, parsed into <typeparamref name="TError"/>.</summary>
/// <typeparam name="TError">The documented error model, such as Twilio's code / message / more_info / status.</typeparam>
public sealed class ApiException<TError> : ApiException
{
    /// <summary>Creates an exception carrying a parsed error body.</summary>
    public ApiException(string message, ApiResponseInfo response, TError error)
        : base(message, response)
    {
        Error = error;
    }

    /// <summary>The parsed error body.</summary>
    public TError Error { get; }

    /// <inheritdoc />
    public override object? ErrorBody => Error;
}
