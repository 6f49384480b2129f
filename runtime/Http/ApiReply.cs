using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// A whole reply: its status and headers, and either the operation's result or the <see cref="ApiException"/> the
/// operation would have thrown for it (typed, <see cref="ApiException{TError}"/>, where the spec documents the error's
/// body). Made by <see cref="ApiReplies"/>: every reply the server sends becomes one, so only a call that got no reply
/// at all (a network failure, a timeout, cancellation) throws.
/// </summary>
public class ApiReply
{
    internal ApiReply(int statusCode, string? reasonPhrase, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, ApiException? error)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers;
        Error = error;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The reason phrase the server sent, if any.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>Response and content headers, by name (case-insensitive): rate limits, <c>Location</c>, a request id, an ETag.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>What the plain call would have thrown for this reply, or null when the operation succeeded.</summary>
    public ApiException? Error { get; }

    /// <summary>Whether the reply is one the operation documents as success and it was read.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>A header's value (several joined with <c>", "</c>), or null when the reply has none.</summary>
    public string? Header(string name)
    {
        Guard.NotNull(name);
        return Headers.TryGetValue(name, out var values) ? string.Join(", ", values) : null;
    }

    /// <summary>The error body the spec documents for this reply's status, read as <typeparamref name="TError"/>.</summary>
    /// <returns>False when the call succeeded, or the reply is not that documented error.</returns>
    public bool TryGetError<TError>([NotNullWhen(true)] out TError? error)
    {
        if (Error is ApiException<TError> { Error: { } body })
        {
            error = body;
            return true;
        }

        error = default;
        return false;
    }
}

/// <summary>A whole reply of an operation that returns <typeparamref name="T"/>.</summary>
/// <typeparam name="T">What the operation returns on success.</typeparam>
public sealed class ApiReply<T> : ApiReply
{
    private readonly T _value;

    internal ApiReply(int statusCode, string? reasonPhrase, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, T value, ApiException? error)
        : base(statusCode, reasonPhrase, headers, error)
    {
        _value = value;
    }

    /// <summary>The result; throws <see cref="ApiReply.Error"/> (what the plain call throws) when the call did not succeed.</summary>
    public T Value => Error is null ? _value : throw Error;

    /// <summary>The result, when the call succeeded.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Error is null;
    }
}
