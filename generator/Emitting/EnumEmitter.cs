using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Writes an enum as a small class over the runtime's <c>ApiEnum</c> (which holds the wire value and compares by
/// it), with one static field per documented value, so values the spec does not list survive a round trip (or,
/// for strict enums, fail when read). Other values are made explicitly (<c>new Status("x")</c> or
/// <c>Status.Parse("x")</c>), so a typo is not a value by accident. A class rather than a record struct: it
/// compiles in a third of the time, which matters for specs with thousands of enums.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(EnumUnit unit, Syntax syntax)
    {
        var model = unit.Enum;
        var name = model.Name;
        var (valueType, codec) = ValueType(model.ValueKind, syntax);
        var writer = GeneratedFile.Start(unit.Scope, nameSpec: false, syntax);
        var summary = DocText.Summary(model.Description);
        writer.Line("/// <summary>" + (summary.Length == 0 ? name : summary) + "</summary>");
        writer.Line("/// <remarks>Holds the exact wire value; " + (model.Strict
            ? "reading a value the spec does not list is an error (strict enums)"
            : "values the spec does not list are kept (see <see cref=\"IsKnown\"/>)") + ".</remarks>");
        writer.Line("[" + GeneratedFile.GeneratedCodeAttribute + ", " + GeneratedFile.ConverterAttribute(name) + "]");
        writer.Line(GeneratedFile.Keyword(unit.Scope.Visibility) + " sealed class " + name + " : " + RuntimeNames.Codecs + "ApiEnum<" + name + ", " + valueType + ">");
        writer.Open();
        foreach (var member in model.Members)
        {
            var meaning = DocText.Summary(member.Description);
            writer.Line("/// <summary><c>" + DocText.Escape(member.WireValue) + "</c>" + (meaning.Length == 0 ? string.Empty : ": " + meaning) + "</summary>");
            writer.Line("public static readonly " + name + " " + member.Name + " = " + syntax.New(name) + "(" + Literal(model.ValueKind, member.WireValue) + ");");
        }

        writer.Line("/// <summary>Reads and writes <see cref=\"" + name + "\"/> as its wire value.</summary>");
        writer.Line("public static readonly " + RuntimeNames.Codecs + "EnumCodec<" + name + ", " + valueType + "> " + GeneratedMembers.Codec + " = " + syntax.New(RuntimeNames.Codecs + "EnumCodec<" + name + ", " + valueType + ">") + "(");
        writer.Line("    " + codec + ", " + syntax.StaticLambda + "value => " + syntax.New(name) + "(value), \"" + name + "\", " + (model.Strict ? "true" : "false") + (model.Members.Count == 0 ? string.Empty : ","));
        if (model.Members.Count > 0)
        {
            writer.Line("    " + string.Join(", ", model.Members.Select(m => m.Name)) + ");");
        }
        else
        {
            writer.Line("    );");
        }

        writer.Line("/// <summary>A value by its wire value" + (model.Strict ? "; reading one the spec does not list is an error" : string.Empty) + ".</summary>");
        writer.Line("public " + name + "(" + valueType + " value) : base(value) { }");
        writer.Line("/// <summary>Whether the value is one the spec lists.</summary>");
        writer.Line("public bool IsKnown => " + GeneratedMembers.Codec + ".IsDocumented(this);");
        writer.Line("/// <summary>The value with this wire " + (model.ValueKind == EnumValueKind.String ? "text" : "number, as text") + (model.Strict ? "; one the spec does not list is an error" : string.Empty) + ".</summary>");
        writer.Line("public static " + name + " Parse(string text) => " + GeneratedMembers.Codec + ".Parse(text);");
        writer.Close();
        return GeneratedFile.End(writer, syntax);
    }

    private static (string Type, string Codec) ValueType(EnumValueKind kind, Syntax syntax) => kind switch
    {
        EnumValueKind.Int32 => ("int", TypeNames.Codec(syntax, new TypeRef(TypeKind.Int32), string.Empty)),
        EnumValueKind.Int64 => ("long", TypeNames.Codec(syntax, new TypeRef(TypeKind.Int64), string.Empty)),
        EnumValueKind.Double => ("double", TypeNames.Codec(syntax, new TypeRef(TypeKind.Double), string.Empty)),
        _ => ("string", RuntimeNames.StringCodec),
    };

    /// <summary>A wire value as a C# literal of the enum's value type; numbers read back exactly (<c>R</c> for doubles).</summary>
    private static string Literal(EnumValueKind kind, string text) => kind switch
    {
        EnumValueKind.String => CSharpLiteral.String(text),
        EnumValueKind.Double => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) + "d",
        EnumValueKind.Int64 => text + "L",
        _ => text,
    };
}
