using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Writes a union: a class over the runtime's JsonUnion that keeps the JSON it was read from, with one
/// constructor, conversion and <c>AsX()</c> per alternative.
/// </summary>
internal static class UnionEmitter
{
    public static string Emit(UnionUnit unit, Syntax syntax)
    {
        var model = unit.Union;
        var name = model.Name;
        var writer = GeneratedFile.Start(unit.Scope, nameSpec: false, syntax);
        writer.Line("/// <summary>");
        GeneratedFile.DocLines(writer, DocText.Lines(model.Description, "One of: " + string.Join(", ", model.Variants.Select(v => v.Name)) + "."));
        writer.Line("/// </summary>");
        writer.Line("/// <remarks>Read from JSON, it keeps the JSON; <c>AsX()</c> reads it as one alternative" + (model.DiscriminatorProperty is null ? string.Empty : ", chosen by the discriminator") + ".</remarks>");
        writer.Line("[" + GeneratedFile.GeneratedCodeAttribute + ", " + GeneratedFile.ConverterAttribute(name) + "]");
        writer.Line(GeneratedFile.Keyword(unit.Scope.Visibility) + " sealed partial class " + name + " : " + RuntimeNames.Codecs + "JsonUnion");
        writer.Open();
        writer.Line("/// <summary>Reads <see cref=\"" + name + "\"/> keeping its JSON, and writes it as the alternative it holds.</summary>");
        writer.Line("public static readonly " + RuntimeNames.Codecs + "UnionCodec<" + name + "> " + GeneratedMembers.Codec + " = " + syntax.New(RuntimeNames.Codecs + "UnionCodec<" + name + ">") + "(" + syntax.StaticLambda + "json => new " + name + "(json), " + GeneratedMembers.Describe + ");");
        writer.Line();
        writer.Line("private static " + RuntimeNames.Codecs + "Codec[] " + GeneratedMembers.Describe + "() => new " + RuntimeNames.Codecs + "Codec[] { " + string.Join(", ", model.Variants.Select(v => TypeNames.Codec(syntax, v.Type, unit.Scope.Namespace))) + " };");
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

        if (model.DiscriminatorProperty is { } discriminator)
        {
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line("protected override string? DiscriminatorProperty => " + CSharpLiteral.String(discriminator) + ";");
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
            var values = string.Concat(variant.DiscriminatorValues.Select(v => ", " + CSharpLiteral.String(v)));
            writer.Line();
            writer.Line("/// <summary>The value as " + TypeNames.DocReference(syntax, variant.Type) + ", or null when it is another alternative.</summary>");
            writer.Line("public " + TypeNames.Nullable(syntax, variant.Type) + " As" + variant.Name + "() => " + (variant.Type.IsValueType ? "AsStruct" : "AsClass") + "(" + Index(i) + ", " + TypeNames.Codec(syntax, variant.Type, unit.Scope.Namespace) + values + ");");
        }

        GeneratedFile.Converter(writer, name);
        writer.Close();
        return GeneratedFile.End(writer, syntax);
    }

    private static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);
}
