using System.Linq;
using ConferenceGen.Generator.Model;
using L = ConferenceGen.Generator.Naming.GeneratedLocals;

namespace ConferenceGen.Generator.Emitting.Operations;

/// <summary>
/// The request body's statement: its content in the one media type the spec lists, or a switch on the
/// <c>bodyFormat</c> argument when it lists several; an optional body is sent only when given.
/// </summary>
internal sealed class BodyEmitter
{
    private readonly OperationContext _context;

    public BodyEmitter(OperationContext context) => _context = context;

    private Syntax Syntax => _context.Syntax;

    public void Write(SourceWriter writer, OperationModel operation)
    {
        if (operation.Body is not { } body)
        {
            return;
        }

        var content = L.HttpRequest + ".Content = ";
        var name = CSharpIdentifier.Of(body.Name);
        if (body.Required)
        {
            writer.Line(content + BodyContent(body, writer.Indentation) + ";");
        }
        else if (body.Encodings.Count == 1)
        {
            writer.Line("if (" + Syntax.IsNotNull(name) + ") " + content + BodyContent(body, writer.Indentation) + ";");
        }
        else
        {
            writer.Line("if (" + Syntax.IsNotNull(name) + ")");
            writer.Open();
            writer.Line(content + BodyContent(body, writer.Indentation) + ";");
            writer.Close();
        }
    }

    /// <summary>The <c>BodyFormat</c> member that selects a kind of body.</summary>
    public static string FormatName(BodyKind kind) => kind switch
    {
        BodyKind.Form => "Form",
        BodyKind.Multipart => "Multipart",
        BodyKind.Text => "Text",
        BodyKind.Stream => "Binary",
        _ => "Json",
    };

    /// <summary>The body's content: one media type, or a switch on the bodyFormat argument when the spec lists several.</summary>
    private string BodyContent(BodyModel body, string indentation)
    {
        if (body.Encodings.Count == 1)
        {
            return Content(body, body.Encodings[0]);
        }

        var text = new System.Text.StringBuilder(L.BodyFormat + " switch\n").Append(indentation).Append("{\n");
        for (var i = 0; i < body.Encodings.Count; i++)
        {
            var encoding = body.Encodings[i];
            if (i == 0 && !Syntax.Target.CSharp9)
            {
                // No "or" patterns before C# 9: the default format gets an arm of its own.
                text.Append(indentation).Append("    ").Append(RuntimeNames.BodyFormat).Append(".Default => ").Append(Content(body, encoding)).Append(",\n");
            }

            text.Append(indentation).Append("    ").Append(i == 0 && Syntax.Target.CSharp9 ? RuntimeNames.BodyFormat + ".Default or " : string.Empty)
                .Append(RuntimeNames.BodyFormat).Append('.').Append(FormatName(encoding.Kind)).Append(" => ").Append(Content(body, encoding)).Append(",\n");
        }

        var names = string.Join(", ", body.Encodings.Select(e => FormatName(e.Kind)));
        return text.Append(indentation).Append("    _ => throw ").Append(RuntimeNames.RequestBody).Append(".Unsupported(").Append(L.BodyFormat).Append(", \"").Append(names).Append("\"),\n")
            .Append(indentation).Append('}').ToString();
    }

    private string Content(BodyModel body, BodyEncoding encoding)
    {
        var name = CSharpIdentifier.Of(body.Name);
        var value = !body.Required && body.Type.IsValueType ? name + ".Value" : name;
        var mediaType = CSharpLiteral.String(encoding.ContentType);
        return RuntimeNames.RequestBody + encoding.Kind switch
        {
            BodyKind.Form => ".Form(" + value + ", " + _context.Codec(body.Type) + ", " + mediaType + string.Concat(encoding.DeepObjects.Select(deep => ", " + CSharpLiteral.String(deep))) + ")",
            BodyKind.Json => ".Json(" + value + ", " + _context.Codec(body.Type) + ", " + mediaType + ")",
            BodyKind.Multipart => ".Multipart(" + value + ", " + _context.Codec(body.Type) + string.Concat(encoding.DeepObjects.Select(deep => ", " + CSharpLiteral.String(deep))) + ")",
            BodyKind.Stream => ".Stream(" + value + ", " + (body.ContentTypeParameter is { } parameter ? CSharpIdentifier.Of(parameter) : mediaType) + ")",
            _ => ".Text(" + value + ", " + mediaType + ")",
        };
    }
}
