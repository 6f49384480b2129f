using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Writes a union: a class over the runtime's JsonUnion that keeps the JSON it was read from, with one
/// constructor, conversion and <c>AsX()</c> per alternative.
/// </summary>
internal static class UnionEmitter
{
    public static string Emit(UnionUnit unit)
    {
        var model = unit.Union;
        var name = model.Name;
        var jsonCodec = RuntimeNames.JsonCodecOf(name);
        var writer = GeneratedFile.Start(unit.Scope, nameSpec: false);
        writer.Line("/// <summary>");
        GeneratedFile.DocLines(writer, DocText.Lines(model.Description, "One of: " + string.Join(", ", model.Variants.Select(v => v.Name)) + "."));
        writer.Line("/// </summary>");
        writer.Line("/// <remarks>Read from JSON, it keeps the JSON; <c>AsX()</c> reads it as one alternative" + (model.DiscriminatorProperty is null ? string.Empty : ", chosen by the discriminator") + ".</remarks>");
        writer.Line("[" + GeneratedFile.GeneratedCodeAttribute + ", " + RuntimeNames.JsonConverterAttribute(name) + "]");
        writer.Line(GeneratedFile.Keyword(unit.Scope.Visibility) + " sealed partial class " + name + " : " + RuntimeNames.Codecs + "JsonUnion, " + jsonCodec);
        writer.Open();
        writer.Line("private " + name + "(" + RuntimeNames.Json + "JsonElement json)");
        writer.Line("    : base(json)");
        writer.Open().Close();
        for (var i = 0; i < model.Variants.Count; i++)
        {
            var variant = model.Variants[i];
            writer.Line();
            writer.Line("/// <summary>Creates the value from <see cref=\"" + TypeNames.Cref(variant.Type) + "\"/>.</summary>");
            writer.Line("public " + name + "(" + TypeNames.Of(variant.Type) + " value)");
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
            writer.Line("/// <summary>Wraps a <see cref=\"" + TypeNames.Cref(variant.Type) + "\"/>.</summary>");
            writer.Line("public static implicit operator " + name + "(" + TypeNames.Of(variant.Type) + " value) => new(value);");
        }

        for (var i = 0; i < model.Variants.Count; i++)
        {
            var variant = model.Variants[i];
            var values = string.Concat(variant.DiscriminatorValues.Select(v => ", " + CSharpLiteral.String(v)));
            writer.Line();
            writer.Line("/// <summary>The value as <see cref=\"" + TypeNames.Cref(variant.Type) + "\"/>, or null when it is another alternative.</summary>");
            writer.Line("public " + TypeNames.Nullable(variant.Type) + " As" + variant.Name + "() => " + (variant.Type.IsValueType ? "AsStruct" : "AsClass") + "<" + TypeNames.Of(variant.Type) + ", " + TypeNames.Codec(variant.Type) + ">(" + Index(i) + values + ");");
        }

        writer.Line();
        writer.Line("static " + name + " " + jsonCodec + ".Read(ref " + RuntimeNames.Json + "Utf8JsonReader reader) => new(" + RuntimeNames.Json + "JsonElement.ParseValue(ref reader));");
        writer.Line();
        writer.Line("static void " + jsonCodec + ".Write(" + RuntimeNames.Json + "Utf8JsonWriter writer, " + name + " value)");
        writer.Open();
        writer.Line("switch (value.Variant)");
        writer.Open();
        for (var i = 0; i < model.Variants.Count; i++)
        {
            var type = TypeNames.Of(model.Variants[i].Type);
            writer.Line("case " + Index(i) + ":");
            writer.Line("    " + RuntimeNames.JsonCodec + ".Write<" + type + ", " + TypeNames.Codec(model.Variants[i].Type) + ">(writer, (" + type + ")value.Value!);");
            writer.Line("    return;");
        }

        writer.Line("default:");
        writer.Line("    value.WriteJson(writer);");
        writer.Line("    return;");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);
}
