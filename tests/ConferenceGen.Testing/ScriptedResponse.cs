using System;
using System.Collections.Generic;
using System.Text;

namespace ConferenceGen.Testing;

/// <summary>What the loopback server answers, including ways to misbehave.</summary>
public sealed class ScriptedResponse
{
    public int Status { get; init; } = 200;

    public string Reason { get; init; } = "OK";

    public List<KeyValuePair<string, string>> Headers { get; init; } = new();

    public byte[] Body { get; init; } = Array.Empty<byte>();

    /// <summary>Waits before answering.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Sends the headers and only this many body bytes, then closes the connection.</summary>
    public int? CloseAfterBodyBytes { get; init; }

    /// <summary>Sends the headers and this many body bytes, waits <see cref="Pause"/>, then sends the rest.</summary>
    public int? PauseAfterBodyBytes { get; init; }

    /// <summary>How long <see cref="PauseAfterBodyBytes"/> waits.</summary>
    public TimeSpan Pause { get; init; }

    /// <summary>Closes the connection without answering.</summary>
    public bool CloseWithoutAnswer { get; init; }

    /// <summary>Announces this <c>Content-Length</c> instead of the body's own, then sends the body.</summary>
    public long? DeclaredLength { get; init; }

    /// <summary>
    /// Sends the body chunked (<c>Transfer-Encoding: chunked</c>) as this chunk, over and over, without end: the
    /// connection stays busy until the client goes away. <see cref="Body"/> is not sent.
    /// </summary>
    public byte[]? EndlessChunk { get; init; }

    public static ScriptedResponse Json(int status, string json, string reason = "OK") => new()
    {
        Status = status,
        Reason = reason,
        Headers = { new("Content-Type", "application/json; charset=utf-8") },
        Body = Encoding.UTF8.GetBytes(json),
    };

    public static ScriptedResponse Text(int status, string contentType, string text, string reason = "OK") => new()
    {
        Status = status,
        Reason = reason,
        Headers = { new("Content-Type", contentType) },
        Body = Encoding.UTF8.GetBytes(text),
    };

    public static ScriptedResponse Empty(int status, string reason = "No Content") => new() { Status = status, Reason = reason };
}
