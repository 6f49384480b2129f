using System;
using System.ComponentModel;
using System.Net.Http;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// The one check every value the client writes into a header or a cookie passes before anything is sent: header
/// and cookie parameters, API keys, bearer tokens, the user agent. .NET sends a value added without validation as
/// it is, so a CR or LF in it would end the header and start another one (a request split by its caller's data).
/// </summary>
/// <remarks>
/// RFC 9110 §5.5 calls CR, LF and NUL in a field value invalid and dangerous; they are refused here. Everything else
/// the grammar allows (spaces and tabs inside, <c>;</c>, <c>,</c>, quotes) goes out unchanged. The exception names
/// the parameter and never the value, which may be a secret.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class HeaderValue
{
    /// <summary>Adds <paramref name="value"/> to the request's <paramref name="header"/>, or throws if it would break the header.</summary>
    /// <param name="request">The request being built.</param>
    /// <param name="header">The header's name, from the spec.</param>
    /// <param name="value">The value as it goes on the wire.</param>
    /// <param name="parameter">The name the caller knows the value by (a method parameter), for the exception.</param>
    /// <exception cref="ArgumentException">The value holds CR, LF or NUL.</exception>
    public static void Add(HttpRequestMessage request, string header, string value, string parameter)
    {
        Guard.NotNull(request);
        request.Headers.TryAddWithoutValidation(header, Checked(value, parameter));
    }

    /// <summary>Returns <paramref name="value"/> when it can go into a header as it is; throws otherwise.</summary>
    /// <param name="value">The value as it goes on the wire.</param>
    /// <param name="parameter">The name the caller knows the value by, for the exception.</param>
    /// <exception cref="ArgumentException">The value holds CR, LF or NUL.</exception>
    public static string Checked(string value, string parameter)
    {
        Guard.NotNull(value, parameter);
        return CanBeSent(value) ? value : throw Refused(parameter);
    }

    /// <summary>Whether <paramref name="value"/> holds no CR, LF or NUL.</summary>
    internal static bool CanBeSent(string value) => value.IndexOfAny(Breaking) < 0;

    /// <summary>The exception for a value that cannot be sent; it names <paramref name="parameter"/>, never the value.</summary>
    internal static ArgumentException Refused(string parameter) => new(
        $"{parameter} cannot be sent in an HTTP header: it contains a line break (CR or LF) or a NUL character, which would end the header. Nothing was sent.",
        parameter);

    private static readonly char[] Breaking = ['\r', '\n', '\0'];
}
