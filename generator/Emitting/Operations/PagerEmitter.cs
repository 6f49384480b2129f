using ConferenceGen.Generator.Model;
using L = ConferenceGen.Generator.Naming.GeneratedLocals;

namespace ConferenceGen.Generator.Emitting.Operations;

/// <summary>
/// A list operation whose pages link to each other: its request and its reply handling as private methods of their
/// own, which the operation calls and hands to the runtime's pager, and the public all-pages method. The pager sends
/// the operation's own request as the first page and reads every page as the operation reads its reply.
/// </summary>
internal sealed class PagerEmitter
{
    private readonly OperationContext _context;
    private readonly RequestEmitter _request;
    private readonly ReplyEmitter _replies;

    public PagerEmitter(OperationContext context, RequestEmitter request, ReplyEmitter replies)
    {
        _context = context;
        _request = request;
        _replies = replies;
    }

    private Syntax Syntax => _context.Syntax;

    /// <summary>The operation method's body: build the request, send it, read the reply, each through the private methods.</summary>
    public void OperationBody(SourceWriter writer, OperationModel operation, PagingModel paging, OperationArguments arguments)
    {
        writer.Line("using var " + L.HttpRequest + " = await " + paging.RequestMethodName + "(" + string.Join(", ", OwnCall(arguments)) + ")" + OperationContext.Await + ";");
        writer.Line("using var " + L.HttpResponse + " = " + ReplyEmitter.Send());
        writer.Line("return await " + paging.ReplyMethodName + "(" + L.HttpResponse + ", " + L.CancellationToken + ")" + OperationContext.Await + ";");
    }

    /// <summary>The all-pages method, then the request and reply methods it shares with the operation.</summary>
    public void Members(SourceWriter writer, OperationModel operation, PagingModel paging, OperationArguments arguments)
    {
        AllPages(writer, operation, paging, arguments);
        RequestMethod(writer, operation, paging, arguments);
        ReplyMethod(writer, operation, paging);
    }

    /// <summary>The all-pages method's declaration on the client's interface, with its documentation.</summary>
    public void InterfaceMember(SourceWriter writer, OperationModel operation, PagingModel paging, OperationArguments arguments)
    {
        var next = paging.NextSource == NextLinkSource.LinkHeader ? "the <c>Link</c> header" : "<c>" + DocText.Escape(paging.NextWirePath!) + "</c>";
        writer.Line();
        writer.Line("/// <summary>Every item of <see cref=\"" + operation.MethodName + "\"/>, page after page; the next page comes from " + next + ".</summary>");
        writer.Line("/// <inheritdoc cref=\"" + operation.MethodName + "\"/>");
        OperationEmitter.Deprecation(writer, operation);
        writer.Line(AllPagesType(paging) + " " + paging.MethodName + arguments.ParameterList(writer.Indentation) + ";");
    }

    private string AllPagesType(PagingModel paging) => RuntimeNames.Generic + "IAsyncEnumerable<" + TypeNames.Declared(Syntax, paging.Item) + ">";

    private void AllPages(SourceWriter writer, OperationModel operation, PagingModel paging, OperationArguments arguments)
    {
        var item = TypeNames.Declared(Syntax, paging.Item);
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        OperationEmitter.Deprecation(writer, operation);
        writer.Line("public " + AllPagesType(paging) + " " + paging.MethodName + arguments.ParameterList(writer.Indentation) + " =>");
        var items = paging.ItemsProperty is { } property ? L.PageReply + "." + property : L.PageReply;
        var nextLink = paging.NextSource == NextLinkSource.LinkHeader
            ? "null"
            : Syntax.StaticLambda + L.PageReply + " => " + L.PageReply + "." + string.Join("?.", paging.NextPath) + (paging.NextIsUri ? "?.OriginalString" : string.Empty);
        writer.Line("    _core.PagesAsync<" + TypeNames.Of(Syntax, paging.Page) + ", " + item + ">(" + L.PageCancellationToken + " => " + paging.RequestMethodName + "(" + string.Join(", ", arguments.PageCall) + "), " + paging.ReplyMethodName + ", " + Syntax.StaticLambda + L.PageReply + " => " + items + ", " + nextLink + ", " + L.CancellationToken + ");");
    }

    private void RequestMethod(SourceWriter writer, OperationModel operation, PagingModel paging, OperationArguments arguments)
    {
        var request = "global::System.Net.Http.HttpRequestMessage";
        var awaits = RequestEmitter.Awaits(operation);
        writer.Line();
        writer.Line("private " + (awaits ? "async " : string.Empty) + RuntimeNames.Task + "<" + request + "> " + paging.RequestMethodName + arguments.ParameterList(writer.Indentation));
        writer.Open();
        _request.Write(writer, operation, "var");
        writer.Line(awaits ? "return " + L.HttpRequest + ";" : "return " + RuntimeNames.Task + ".FromResult(" + L.HttpRequest + ");");
        writer.Close();
    }

    private void ReplyMethod(SourceWriter writer, OperationModel operation, PagingModel paging)
    {
        writer.Line();
        writer.Line("private async " + RuntimeNames.Task + "<" + TypeNames.Declared(Syntax, operation.ReturnType!) + "> " + paging.ReplyMethodName + "(global::System.Net.Http.HttpResponseMessage " + L.HttpResponse + ", " + RuntimeNames.CancellationToken + " " + L.CancellationToken + ")");
        writer.Open();
        _replies.Switch(writer, operation);
        writer.Close();
    }

    // The operation passes its own arguments on: the page call's, with its own cancellation token last.
    private static System.Collections.Generic.IEnumerable<string> OwnCall(OperationArguments arguments)
    {
        for (var i = 0; i < arguments.PageCall.Count - 1; i++)
        {
            yield return arguments.PageCall[i];
        }

        yield return L.CancellationToken;
    }
}
