using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Writes a union: a class over the runtime's JsonUnion, whose <c>Value</c> holds the alternative for pattern
/// matching, with a table of the alternatives (codec, discriminator values) for its codec, and per alternative a
/// constructor, an implicit conversion, <c>TryGetX</c> and <c>AsX()</c>, each one line over the base class.
/// </summary>
internal static class UnionEmitter
{
    private const string Alternative = RuntimeNames.Codecs + "UnionAlternative";

    public static string Emit(UnionUnit unit, Syntax syntax)
    {
        var model = unit.Union;
        var name = model.Name;
        var ns = unit.Scope.Namespace;
        var writer = GeneratedFile.Start(unit.Scope, nameSpec: false, syntax);
        writer.Line("/// <summary>");
        GeneratedFile.DocLines(writer, DocText.Lines(model.Description, "One of: " + string.Join(", ", model.Variants.Select(v => v.Name)) + "."));
        writer.Line("/// </summary>");
        writer.Line("/// <remarks><c>Value</c> is the alternative it holds (" + (model.DiscriminatorProperty is { } chooser
            ? "chosen by <c>" + DocText.Escape(chooser) + "</c>"
            : "the first whose shape the JSON has") + "), for <c>switch</c> and <c>is</c>; read from JSON, it keeps the JSON and sends it back as it came.</remarks>");
        writer.Line("[" + GeneratedFile.GeneratedCodeAttribute + ", " + GeneratedFile.ConverterAttribute(name) + "]");
        writer.Line(GeneratedFile.Keyword(unit.Scope.Visibility) + " sealed partial class " + name + " : " + RuntimeNames.Codecs + "JsonUnion");
        writer.Open();
        var discriminator = model.DiscriminatorProperty is { } property ? ", " + CSharpLiteral.String(property) : string.Empty;
        writer.Line("/// <summary>Reads <see cref=\"" + name + "\"/> keeping its JSON, and writes it as the alternative it holds.</summary>");
        writer.Line("public static readonly " + RuntimeNames.Codecs + "UnionCodec<" + name + "> " + GeneratedMembers.Codec + " = " + syntax.New(RuntimeNames.Codecs + "UnionCodec<" + name + ">") + "(" + syntax.StaticLambda + "json => new " + name + "(json), " + GeneratedMembers.Describe + discriminator + ");");
        writer.Line();
        writer.Line("private static " + Alternative + "[] " + GeneratedMembers.Describe + "() => new " + Alternative + "[] { " + string.Join(", ", model.Variants.Select(v => syntax.New(Alternative) + "(" + TypeNames.Codec(syntax, v.Type, ns) + string.Concat(v.DiscriminatorValues.Select(d => ", " + CSharpLiteral.String(d))) + ")")) + " };");
        writer.Line();
        writer.Line("private " + name + "(" + RuntimeNames.Json + "JsonElement json)");
        writer.Line("    : base(json)");
        writer.Open().Close();
        for (var i = 0; i < model.Variants.Count; i++)
        {
            var variant = model.Variants[i];
            writer.Line();
            writer.Line("/// <summary>Creates the value from " + TypeNames.DocReference(syntax, variant.Type) + ".</summary>");
            writer.Line("public " + name + "(" + TypeNames.Of(syntax, variant.Type) + " value)");
            writer.Line("    : base(value, " + Index(i) + ")");
            writer.Open().Close();
        }

        foreach (var variant in model.Variants.Where(v => v.Convertible))
        {
            writer.Line();
            writer.Line("/// <summary>Wraps a " + TypeNames.DocReference(syntax, variant.Type) + ".</summary>");
            writer.Line("public static implicit operator " + name + "(" + TypeNames.Of(syntax, variant.Type) + " value) => " + syntax.New(name) + "(value);");
        }

        for (var i = 0; i < model.Variants.Count; i++)
        {
            var variant = model.Variants[i];
            var type = variant.Type;
            var reference = TypeNames.DocReference(syntax, type);
            writer.Line();
            writer.Line("/// <summary>Whether the value is " + reference + ", and that value.</summary>");
            writer.Line("public bool TryGet" + variant.Name + "(" + (type.IsValueType ? "out " + TypeNames.Of(syntax, type) : syntax.NotNullWhenTrue + "out " + TypeNames.Nullable(syntax, type)) + " value) => TryGet(" + Index(i) + ", out value);");
            writer.Line("/// <summary>The value as " + reference + ", or null when it is another alternative (<c>TryGet" + variant.Name + "</c> as an expression).</summary>");
            writer.Line("public " + TypeNames.Nullable(syntax, type) + " As" + variant.Name + "() => " + (type.IsValueType ? "AsStruct<" : "AsClass<") + TypeNames.Of(syntax, type) + ">(" + Index(i) + ");");
        }

        writer.Close();
        return GeneratedFile.End(writer, syntax);
    }

    private static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);
}
