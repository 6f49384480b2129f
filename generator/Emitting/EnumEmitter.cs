using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Writes an enum as a record struct over its wire value, with one static member per documented value, so
/// values the spec does not list survive a round trip (or, for strict enums, fail when read). Other values are
/// made explicitly (<c>new Status("x")</c> or <c>Status.Parse("x")</c>), so a typo is not a value by accident.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(EnumUnit unit)
    {
        var model = unit.Enum;
        var name = model.Name;
        var isString = model.ValueKind == EnumValueKind.String;
        var (valueType, codec) = ValueType(model.ValueKind);
        var writer = GeneratedFile.Start(unit.Scope, nameSpec: false);
        var summary = DocText.Summary(model.Description);
        writer.Line("/// <summary>" + (summary.Length == 0 ? name : summary) + "</summary>");
        writer.Line("/// <remarks>Holds the exact wire value; " + (model.Strict
            ? "reading a value the spec does not list is an error (strict enums)"
            : "values the spec does not list are kept (see <see cref=\"IsKnown\"/>)") + ".</remarks>");
        writer.Line("/// <param name=\"Value\">The wire value.</param>");
        writer.Line("[" + GeneratedFile.GeneratedCodeAttribute + ", " + GeneratedFile.ConverterAttribute(name) + "]");
        writer.Line(GeneratedFile.Keyword(unit.Scope.Visibility) + " readonly partial record struct " + name + "(" + valueType + " Value)");
        writer.Open();
        foreach (var member in model.Members)
        {
            writer.Line("/// <summary><c>" + DocText.Escape(member.WireValue) + "</c></summary>");
            writer.Line("public static " + name + " " + member.Name + " { get; } = new(" + Literal(model.ValueKind, member.WireValue) + ");");
        }

        var strict = model.Strict ? ", strict: true" : string.Empty;
        var wireValue = isString ? "static v => v.ToString()" : "static v => v.Value";
        writer.Line("/// <summary>Reads and writes <see cref=\"" + name + "\"/> as its wire value.</summary>");
        writer.Line("public static readonly " + RuntimeNames.Codecs + "EnumCodec<" + name + ", " + valueType + "> " + GeneratedMembers.Codec + " = new(" + codec + ", [" + string.Join(", ", model.Members.Select(m => m.Name)) + "], " + wireValue + ", static value => new(value), \"" + name + "\"" + strict + ");");
        writer.Line("/// <summary>Whether the value is one the spec lists.</summary>");
        writer.Line("public bool IsKnown => " + GeneratedMembers.Codec + ".IsDocumented(this);");
        writer.Line("/// <summary>The value with this wire " + (isString ? "text" : "number, as text") + (model.Strict ? "; one the spec does not list is an error" : string.Empty) + ".</summary>");
        writer.Line("public static " + name + " Parse(string text) => " + GeneratedMembers.Codec + ".Parse(text);");
        writer.Line("/// <summary>The wire value.</summary>");
        writer.Line("public override string ToString() => " + (isString ? "Value ?? string.Empty" : codec + ".Format(Value)") + ";");
        GeneratedFile.Converter(writer, name);
        writer.Close();
        return writer.ToString();
    }

    private static (string Type, string Codec) ValueType(EnumValueKind kind) => kind switch
    {
        EnumValueKind.Int32 => ("int", TypeNames.Codec(new TypeRef(TypeKind.Int32), string.Empty)),
        EnumValueKind.Int64 => ("long", TypeNames.Codec(new TypeRef(TypeKind.Int64), string.Empty)),
        EnumValueKind.Double => ("double", TypeNames.Codec(new TypeRef(TypeKind.Double), string.Empty)),
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
