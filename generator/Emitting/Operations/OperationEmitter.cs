using System.Linq;
using ConferenceGen.Generator.Model;
using L = ConferenceGen.Generator.Naming.GeneratedLocals;

namespace ConferenceGen.Generator.Emitting.Operations;

/// <summary>
/// Writes one client method: its declaration with its documentation on the client's interface, then on the class its
/// signature, the request (<see cref="RequestEmitter"/>, with
/// the body from <see cref="BodyEmitter"/>), the send and the reply switch (<see cref="ReplyEmitter"/>); a list
/// operation also gets its all-pages method (<see cref="PagerEmitter"/>). Written in C# rather than as a template:
/// each statement depends on the parameter's location, shape and style, which a template could only compute with
/// functions of its own.
/// </summary>
internal sealed class OperationEmitter
{
    private readonly OperationContext _context;
    private readonly RequestEmitter _request;
    private readonly ReplyEmitter _replies;
    private readonly PagerEmitter _pager;

    private OperationEmitter(string ns, Syntax syntax)
    {
        _context = new OperationContext(ns, syntax);
        _request = new RequestEmitter(_context);
        _replies = new ReplyEmitter(_context);
        _pager = new PagerEmitter(_context, _request, _replies);
    }

    public static string Emit(OperationUnit unit, Syntax syntax) => new OperationEmitter(unit.Scope.Namespace, syntax).Write(unit);

    /// <summary>The <c>[Obsolete]</c> of an operation the spec deprecates.</summary>
    public static void Deprecation(SourceWriter writer, OperationModel operation)
    {
        if (operation.Deprecated)
        {
            writer.Line("[" + RuntimeNames.Obsolete + "(\"The spec marks this operation as deprecated.\")]");
        }
    }

    private string Write(OperationUnit unit)
    {
        var operation = unit.Operation;
        var syntax = _context.Syntax;
        var writer = GeneratedFile.Start(unit.Scope, nameSpec: false, syntax);
        var keyword = GeneratedFile.Keyword(unit.Scope.Visibility);
        var arguments = OperationArguments.Of(operation, syntax);

        // The interface declares the method with its documentation; the class implements it.
        writer.Line(keyword + " partial interface " + unit.InterfaceName);
        writer.Open();
        Documentation(writer, operation, arguments);
        Deprecation(writer, operation);
        writer.Line(ReturnType(operation) + " " + operation.MethodName + arguments.ParameterList(writer.Indentation) + ";");
        if (operation.Paging is { } pagedMember)
        {
            _pager.InterfaceMember(writer, operation, pagedMember, arguments);
        }

        writer.Close();
        writer.Line();
        writer.Line(keyword + " sealed partial class " + unit.ClientName);
        writer.Open();
        writer.Line("/// <inheritdoc/>");
        Deprecation(writer, operation);
        writer.Line("public async " + ReturnType(operation) + " " + operation.MethodName + arguments.ParameterList(writer.Indentation));
        writer.Open();
        if (operation.Paging is { } paging)
        {
            _pager.OperationBody(writer, operation, paging, arguments);
        }
        else
        {
            _request.Write(writer, operation, "using var");
            _replies.SendAndSwitch(writer, operation);
        }

        writer.Close();
        if (operation.Paging is { } pages)
        {
            _pager.Members(writer, operation, pages, arguments);
        }

        writer.Close();
        return GeneratedFile.End(writer, syntax);
    }

    private static void Documentation(SourceWriter writer, OperationModel operation, OperationArguments arguments)
    {
        writer.Line("/// <summary>");
        GeneratedFile.DocLines(writer, DocText.Lines(operation.Summary, operation.Description));
        writer.Line("/// </summary>");
        writer.Line("/// <remarks><c>" + DocText.Escape(RequestEmitter.RequestLine(operation)) + "</c></remarks>");
        foreach (var parameter in arguments.Parameters)
        {
            var summary = DocText.Summary(parameter.Description);
            var what = summary.Length > 0 ? summary : "The <c>" + DocText.Escape(parameter.WireName) + "</c> " + parameter.Location.ToString().ToLowerInvariant() + " parameter.";
            writer.Line("/// <param name=\"" + parameter.Name + "\">" + what + "</param>");
        }

        if (operation.Body is { } body)
        {
            var summary = DocText.Summary(body.Description);
            writer.Line("/// <param name=\"" + body.Name + "\">The request body" + (summary.Length == 0 ? "." : ": " + summary) + "</param>");
            if (body.ContentTypeParameter is { } contentType)
            {
                writer.Line("/// <param name=\"" + contentType + "\">The media type of the bytes (the spec lists several).</param>");
            }

            if (body.Encodings.Count > 1)
            {
                var formats = body.Encodings.Select((e, i) => "<c>" + BodyEmitter.FormatName(e.Kind) + "</c> (" + DocText.Escape(e.MediaType) + (i == 0 ? ", the default" : string.Empty) + ")");
                writer.Line("/// <param name=\"" + L.BodyFormat + "\">How the body is sent: " + string.Join(", ", formats) + ".</param>");
            }
        }

        writer.Line("/// <param name=\"" + L.CancellationToken + "\">Cancels the request.</param>");
        writer.Line("/// <exception cref=\"" + RuntimeNames.ApiException + "\">The server answered with an error or with a reply the spec does not document.</exception>");
    }

    private string ReturnType(OperationModel operation) =>
        operation.ReturnType is { } type ? RuntimeNames.Task + "<" + TypeNames.Declared(_context.Syntax, type) + ">" : RuntimeNames.Task;
}
