using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Writes an enum as a record struct over its wire value, with one static member per documented value, so
/// values the spec does not list survive a round trip (or, for strict enums, fail when read).
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(EnumUnit unit)
    {
        var model = unit.Enum;
        var name = model.Name;
        var isString = model.ValueKind == EnumValueKind.String;
        var (valueType, codec) = ValueType(model.ValueKind);
        var jsonCodec = RuntimeNames.JsonCodecOf(name);
        var textCodec = RuntimeNames.Codecs + "ITextCodec<" + name + ">";
        var writer = GeneratedFile.Start(unit.Scope, nameSpec: false);
        var summary = DocText.Summary(model.Description);
        writer.Line("/// <summary>" + (summary.Length == 0 ? name : summary) + "</summary>");
        writer.Line("/// <remarks>Holds the exact wire value; " + (model.Strict
            ? "reading a value the spec does not list is an error (strict enums)"
            : "values the spec does not list are kept (see <see cref=\"IsKnown\"/>)") + ".</remarks>");
        writer.Line("/// <param name=\"Value\">The wire value.</param>");
        writer.Line("[" + GeneratedFile.GeneratedCodeAttribute + ", " + RuntimeNames.JsonConverterAttribute(name) + "]");
        writer.Line(GeneratedFile.Keyword(unit.Scope.Visibility) + " readonly partial record struct " + name + "(" + valueType + " Value) : " + jsonCodec + ", " + textCodec);
        writer.Open();
        foreach (var member in model.Members)
        {
            writer.Line("/// <summary><c>" + DocText.Escape(member.WireValue) + "</c></summary>");
            writer.Line("public static " + name + " " + member.Name + " { get; } = new(" + Literal(model.ValueKind, member.WireValue) + ");");
        }

        var strict = model.Strict ? ", strict: true" : string.Empty;
        var fromText = isString ? "text" : codec + ".Parse(text)";
        writer.Line("/// <summary>Whether the value is one the spec lists.</summary>");
        writer.Line("public bool IsKnown => Documented.Contains(this);");
        writer.Line("/// <summary>Converts wire " + (isString ? "text" : "a number") + " to a value.</summary>");
        writer.Line("public static implicit operator " + name + "(" + valueType + " value) => new(value);");
        writer.Line("/// <summary>The wire value.</summary>");
        writer.Line("public override string ToString() => " + (isString ? "Value ?? string.Empty" : codec + ".Format(Value)") + ";");
        writer.Line("private static readonly " + RuntimeNames.Codecs + "EnumValues<" + name + "> Documented = new([" + string.Join(", ", model.Members.Select(m => m.Name)) + "], static v => v.ToString(), static text => new(" + fromText + "), \"" + name + "\"" + strict + ");");
        var read = isString ? "Documented.Read(ref reader)" : Checked(model, "new(" + codec + ".Read(ref reader))");
        writer.Line("static " + name + " " + jsonCodec + ".Read(ref " + RuntimeNames.Json + "Utf8JsonReader reader) => " + read + ";");
        writer.Line("static void " + jsonCodec + ".Write(" + RuntimeNames.Json + "Utf8JsonWriter writer, " + name + " value) => " + codec + ".Write(writer, " + (isString ? "value.ToString()" : "value.Value") + ");");
        writer.Line("static string " + textCodec + ".Format(" + name + " value) => value.ToString();");
        writer.Line("static " + name + " " + textCodec + ".Parse(string text) => " + Checked(model, "new(" + codec + ".Parse(text))") + ";");
        writer.Close();
        return writer.ToString();
    }

    private static string Checked(EnumModel model, string value) => model.Strict ? "Documented.Checked(" + value + ")" : value;

    private static (string Type, string Codec) ValueType(EnumValueKind kind) => kind switch
    {
        EnumValueKind.Int32 => ("int", TypeNames.Codec(new TypeRef(TypeKind.Int32))),
        EnumValueKind.Int64 => ("long", TypeNames.Codec(new TypeRef(TypeKind.Int64))),
        EnumValueKind.Double => ("double", TypeNames.Codec(new TypeRef(TypeKind.Double))),
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
