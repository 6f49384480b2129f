using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Model;
using L = ConferenceGen.Generator.Naming.GeneratedLocals;

namespace ConferenceGen.Generator.Emitting.Operations;

/// <summary>
/// The method's parameters in signature order (required ones first, then the body, then optional ones), decided
/// once for the declaration, the documentation and the calls that pass them on (the all-pages method's).
/// </summary>
internal sealed class OperationArguments
{
    private OperationArguments(List<ParameterModel> parameters, List<string> declarations, List<string> pageCall)
    {
        Parameters = parameters;
        Declarations = declarations;
        PageCall = pageCall;
    }

    /// <summary>The spec's parameters in signature order, those fixed to one value left out.</summary>
    public List<ParameterModel> Parameters { get; }

    public List<string> Declarations { get; }

    /// <summary>The arguments that pass the method's own on, with the page's cancellation token last.</summary>
    public List<string> PageCall { get; }

    /// <summary>The parenthesized parameter list: on one line when short, else one parameter per line.</summary>
    public string ParameterList(string indentation)
    {
        var oneLine = "(" + string.Join(", ", Declarations) + ")";
        return oneLine.Length <= 120 ? oneLine : "(\n" + indentation + "    " + string.Join(",\n" + indentation + "    ", Declarations) + ")";
    }

    public static OperationArguments Of(OperationModel operation, Syntax syntax)
    {
        // A parameter the spec fixes to one value is sent as that value: the caller has nothing to pass.
        var required = operation.Parameters.Where(p => p.Required && p.Fixed is null).ToList();
        var optional = operation.Parameters.Where(p => !p.Required).ToList();
        var declarations = required.Select(p => TypeNames.Of(syntax, p.Type) + " " + OperationContext.Name(p)).ToList();
        var call = required.Select(OperationContext.Name).ToList();
        if (operation.Body is { } body)
        {
            var name = CSharpIdentifier.Of(body.Name);
            declarations.Add((body.Required ? TypeNames.Of(syntax, body.Type) : TypeNames.Nullable(syntax, body.Type)) + " " + name + (body.Required ? string.Empty : " = null"));
            call.Add(name);
        }

        declarations.AddRange(optional.Select(p => TypeNames.Nullable(syntax, p.Type) + " " + OperationContext.Name(p) + " = null"));
        call.AddRange(optional.Select(OperationContext.Name));
        if (operation.Body is { ContentTypeParameter: { } contentType } streamed)
        {
            var defaultType = streamed.Encodings.First(e => e.Kind == BodyKind.Stream).ContentType;
            declarations.Add("string " + CSharpIdentifier.Of(contentType) + " = " + CSharpLiteral.String(defaultType));
            call.Add(CSharpIdentifier.Of(contentType));
        }

        if (operation.Body is { Encodings.Count: > 1 })
        {
            declarations.Add(RuntimeNames.BodyFormat + " " + L.BodyFormat + " = default");
            call.Add(L.BodyFormat);
        }

        declarations.Add(RuntimeNames.CancellationToken + " " + L.CancellationToken + " = default");
        call.Add(L.PageCancellationToken);
        return new OperationArguments(required.Concat(optional).ToList(), declarations, call);
    }
}
