using System.Linq;
using ConferenceGen.Generator.Model;
using L = ConferenceGen.Generator.Naming.GeneratedLocals;

namespace ConferenceGen.Generator.Emitting.Operations;

/// <summary>
/// What each reply means: the switch on the status that returns the documented body, returns nothing, or throws an
/// <c>ApiException</c> (typed where the spec documents the error's body); and the send before it.
/// </summary>
internal sealed class ReplyEmitter
{
    private readonly OperationContext _context;

    public ReplyEmitter(OperationContext context) => _context = context;

    private Syntax Syntax => _context.Syntax;

    /// <summary>Sends <c>httpRequest</c> and switches on the reply; a streamed reply is handed to the caller undisposed.</summary>
    public void SendAndSwitch(SourceWriter writer, OperationModel operation)
    {
        var send = Send();
        var streamed = operation.Replies.Where(r => r.Action == ReplyAction.ReturnStream).Select(r => r.Status).ToList();
        if (streamed.Count > 0)
        {
            // A streamed reply leaves the response undisposed: the caller's stream owns it.
            var test = Syntax.StatusTest("(int)" + L.HttpResponse + ".StatusCode", streamed.Select(s => (OperationContext.Number(s.Code), s.Kind == StatusMatchKind.Range ? OperationContext.Number(s.Code + 100) : null)));
            writer.Line("var " + L.HttpResponse + " = " + send);
            writer.Line("if (" + test + ") return await " + RuntimeNames.ApiClientCore + ".TakeStreamAsync(" + L.HttpResponse + ", " + L.CancellationToken + ")" + OperationContext.Await + ";");
            writer.Line("using (" + L.HttpResponse + ")");
        }
        else
        {
            writer.Line("using var " + L.HttpResponse + " = " + send);
        }

        Switch(writer, operation);
    }

    /// <summary>The awaited send of <c>httpRequest</c>, as a statement's right-hand side.</summary>
    public static string Send() => "await _core.SendAsync(" + L.HttpRequest + ", " + L.CancellationToken + ")" + OperationContext.Await + ";";

    /// <summary>The switch on <c>httpResponse</c>'s status, one case per documented reply.</summary>
    public void Switch(SourceWriter writer, OperationModel operation)
    {
        writer.Line("switch ((int)" + L.HttpResponse + ".StatusCode)");
        writer.Open();
        foreach (var reply in operation.Replies)
        {
            if (reply.Action != ReplyAction.ReturnStream)
            {
                writer.Line(Label(reply.Status) + " " + Action(reply));
            }
        }

        writer.Close();
    }

    private string Action(ReplyCase reply)
    {
        var reading = "(" + L.HttpResponse + ", " + L.CancellationToken + ")" + OperationContext.Await + ";";
        return reply.Action switch
        {
            ReplyAction.ReturnJson => "return await _core.ReadJsonAsync(" + L.HttpResponse + ", " + TypeNames.DeclaredCodec(Syntax, reply.Type!, _context.Namespace) + ", " + L.CancellationToken + ")" + OperationContext.Await + ";",
            ReplyAction.ReturnNull => "return null;",
            ReplyAction.ReturnVoid => "return;",
            ReplyAction.ThrowTyped => "throw await _core.ErrorAsync(" + L.HttpResponse + ", " + _context.Codec(reply.Type!) + ", " + L.CancellationToken + ")" + OperationContext.Await + ";",
            ReplyAction.ThrowUnexpected => "throw await _core.UnexpectedAsync" + reading,
            _ => "throw await _core.ErrorAsync" + reading,
        };
    }

    private string Label(StatusMatch status) => status.Kind switch
    {
        StatusMatchKind.Default => "default:",
        StatusMatchKind.Range => Syntax.RangeLabel("(int)" + L.HttpResponse + ".StatusCode", OperationContext.Number(status.Code), OperationContext.Number(status.Code + 100)),
        _ => "case " + OperationContext.Number(status.Code) + ":",
    };
}
