using System;
using ConferenceGen.Generator.Model;
using ConferenceGen.Prism.Tests.Prism;
using ConferenceGen.Prism.Tests.Synthesis;

namespace ConferenceGen.Prism.Tests.Calls;

/// <summary>What became of one call.</summary>
internal enum Verdict
{
    /// <summary>Prism accepted the request and the client read its reply.</summary>
    Accepted,

    /// <summary>Prism accepted the request and answered with a documented error status, which the client threw as its ApiException.</summary>
    DocumentedError,

    /// <summary>Prism found the request does not fit the spec.</summary>
    Rejected,

    /// <summary>Prism rejected it for one of the reasons in <see cref="PrismLimitations"/>, which are Prism's doing.</summary>
    PrismLimitation,

    /// <summary>Prism accepted the request, but the client could not read the reply.</summary>
    UnreadReply,

    /// <summary>Nothing was sent: no valid arguments could be made, or the client threw before sending.</summary>
    NotSent,

    /// <summary>A fault of the client that <see cref="ClientGaps"/> names, not fixed yet: counted apart, never hidden among the accepted.</summary>
    KnownClientGap,
}

/// <summary>One call of one operation: the verdict, why, and what was on the wire.</summary>
/// <param name="Rejection">Prism's verdict when it found violations.</param>
/// <param name="PrismCrash">Prism's last output when the call made it exit.</param>
/// <param name="ReplyCut">Where Prism's reply holds a schema instead of a value (see <see cref="RecursionCut"/>), when the client refused it for that.</param>
internal sealed record CallResult(
    OperationModel Operation, Fill Fill, Verdict Verdict, string Detail, Exchange? Exchange, PrismRejection? Rejection = null, string? PrismCrash = null, string? ReplyCut = null)
{
    public bool IsFailure => Verdict is Verdict.Rejected or Verdict.UnreadReply or Verdict.NotSent;

    public string Describe()
    {
        var text = $"{Operation.Verb.ToString().ToUpperInvariant()} {Operation.Path} ({Operation.MethodName}, {Fill}): {Verdict}: {Detail}";
        if (Exchange is { } exchange)
        {
            text += $"\n      sent {exchange.Method} {exchange.Target}" + (exchange.Body is { } body ? $" [{exchange.ContentType}] {Shorten(body, 400)}" : string.Empty);
            if (Verdict == Verdict.UnreadReply)
            {
                text += $"\n      reply {exchange.Status} [{exchange.ReplyContentType}] {Shorten(exchange.ReplyBody ?? string.Empty, 300)}";
            }
        }

        return text;
    }

    private static string Shorten(string text, int length) =>
        (text.Length <= length ? text : text.Substring(0, length) + $"… ({text.Length} chars)").Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
