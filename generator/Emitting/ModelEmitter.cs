using System.Globalization;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Writes a model class: fields that know whether they were set, properties, a JSON reader and writer, and
/// form and multipart writers where the class is sent as such a body. Written in C# rather than as a template:
/// nearly every line depends on the property (required, nullable, form shape), and a template would have to
/// compute that inline.
/// </summary>
internal static class ModelEmitter
{
    public static string Emit(ObjectUnit unit)
    {
        var model = unit.Object;
        var name = model.Name;
        var writer = GeneratedFile.Start(unit.Scope, nameSpec: false);
        var summary = DocText.Summary(model.Title, model.Description);
        writer.Line("/// <summary>" + (summary.Length == 0 ? name : summary) + "</summary>");
        writer.Line("[" + GeneratedFile.GeneratedCodeAttribute + ", " + RuntimeNames.JsonConverterAttribute(name) + "]");
        writer.Line(GeneratedFile.Keyword(unit.Scope.Visibility) + " sealed partial class " + name + " : " + Interfaces(model));
        writer.Open();
        Fields(writer, model);
        Constructors(writer, model);
        writer.Line();
        Properties(writer, model);
        JsonReader(writer, model);
        JsonWriter(writer, model);
        if ((model.Bodies & BodyUses.Form) != 0)
        {
            writer.Line();
            FormWriter(writer, model, "static void " + RuntimeNames.UrlEncoding + "IFormCodec<" + name + ">.WriteForm(" + RuntimeNames.UrlEncoding + "FormWriter form, " + name + " value)", "form");
        }

        if ((model.Bodies & BodyUses.Multipart) != 0)
        {
            writer.Line();
            FormWriter(writer, model, "static void " + RuntimeNames.UrlEncoding + "IMultipartCodec<" + name + ">.WriteMultipart(" + RuntimeNames.UrlEncoding + "MultipartWriter multipart, " + name + " value)", "multipart");
        }

        writer.Close();
        return writer.ToString();
    }

    private static string Interfaces(ObjectModel model)
    {
        var interfaces = RuntimeNames.JsonCodecOf(model.Name);
        if ((model.Bodies & BodyUses.Form) != 0)
        {
            interfaces += ", " + RuntimeNames.UrlEncoding + "IFormCodec<" + model.Name + ">";
        }

        if ((model.Bodies & BodyUses.Multipart) != 0)
        {
            interfaces += ", " + RuntimeNames.UrlEncoding + "IMultipartCodec<" + model.Name + ">";
        }

        return interfaces;
    }

    private static void Fields(SourceWriter writer, ObjectModel model)
    {
        foreach (var property in model.Properties)
        {
            writer.Line(property.Required
                ? "private " + Declared(property) + " " + Field(property) + " = default!;"
                : "private " + RuntimeNames.Optional + "<" + Declared(property) + "> " + Field(property) + ";");
        }

        if (model.AdditionalProperties is { } additional)
        {
            writer.Line("private " + Dictionary(additional) + "? " + Identifier.Field(additional.Name) + ";");
        }
    }

    private static void Constructors(SourceWriter writer, ObjectModel model)
    {
        if (!model.HasRequired)
        {
            return;
        }

        // The public constructor leaves required properties to the initializer; the reader's sets them itself.
        var defaults = new System.Text.StringBuilder();
        foreach (var property in model.Properties)
        {
            if (property.Required)
            {
                defaults.Append(property.Name).Append(" = default!; ");
            }
        }

        writer.Line();
        writer.Line("/// <summary>Creates an instance; set the <c>required</c> properties in the initializer.</summary>");
        writer.Line("public " + model.Name + "() { }");
        writer.Line("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers] private " + model.Name + "(bool forReading) { " + defaults + "}");
    }

    private static void Properties(SourceWriter writer, ObjectModel model)
    {
        foreach (var property in model.Properties)
        {
            var summary = DocText.Summary(property.Description, property.DefaultText is { } value ? "Default: " + value + "." : null);
            writer.Line("/// <summary>" + (summary.Length == 0 ? "The <c>" + property.Name + "</c> field." : summary) + "</summary>");
            if (property.Deprecated)
            {
                writer.Line("[" + RuntimeNames.Obsolete + "(\"The spec marks this property as deprecated.\")]");
            }

            var field = Field(property);
            writer.Line(property.Required
                ? "public required " + Declared(property) + " " + property.Name + " { get => " + field + "; set => " + field + " = value; }"
                : "public " + Declared(property) + " " + property.Name + " { get => " + field + ".Value; set => " + field + " = new(value); }");
        }

        if (model.AdditionalProperties is { } additional)
        {
            var field = Identifier.Field(additional.Name);
            writer.Line("/// <summary>The JSON properties the spec does not declare by name; it gives their values a schema.</summary>");
            writer.Line("public " + Dictionary(additional) + " " + additional.Name + " { get => " + field + " ??= new " + RuntimeNames.Generic + "Dictionary<string, " + TypeNames.Declared(additional.Value) + ">(); set => " + field + " = value; }");
        }
    }

    private static void JsonReader(SourceWriter writer, ObjectModel model)
    {
        var name = model.Name;
        writer.Line("static " + name + " " + RuntimeNames.JsonCodecOf(name) + ".Read(ref " + RuntimeNames.Json + "Utf8JsonReader reader)");
        writer.Open();
        writer.Line(RuntimeNames.JsonRead + ".BeginObject(ref reader, \"" + name + "\");");
        writer.Line("var value = new " + name + "(" + (model.HasRequired ? "forReading: true" : string.Empty) + ");");
        for (var i = 0; i < model.Properties.Count; i++)
        {
            if (model.Properties[i].Required)
            {
                writer.Line("var " + Seen(i) + " = false;");
            }
        }

        writer.Line("while (" + RuntimeNames.JsonRead + ".NextProperty(ref reader))");
        writer.Open();
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var property = model.Properties[i];
            var read = RuntimeNames.JsonCodec + ".Read<" + Declared(property) + ", " + DeclaredCodec(property) + ">(ref reader)";
            var assignment = property.Required ? read + "; " + Seen(i) + " = true" : "new(" + read + ")";
            writer.Line("if (reader.ValueTextEquals(" + Utf8Name(property.WireName) + ")) { reader.Read(); value." + Field(property) + " = " + assignment + "; continue; }");
        }

        if (model.AdditionalProperties is { } additional)
        {
            writer.Line("var key = reader.GetString()!;");
            writer.Line("reader.Read();");
            writer.Line("value." + additional.Name + "[key] = " + RuntimeNames.JsonCodec + ".Read<" + TypeNames.Declared(additional.Value) + ", " + TypeNames.DeclaredCodec(additional.Value) + ">(ref reader);");
        }
        else
        {
            writer.Line(RuntimeNames.JsonRead + ".SkipValue(ref reader);");
        }

        writer.Close();
        for (var i = 0; i < model.Properties.Count; i++)
        {
            if (model.Properties[i].Required)
            {
                writer.Line("if (!" + Seen(i) + ") throw " + RuntimeNames.JsonRead + ".MissingProperty(\"" + name + "\", " + CSharpLiteral.String(model.Properties[i].WireName) + ");");
            }
        }

        writer.Line("return value;");
        writer.Close();
    }

    private static void JsonWriter(SourceWriter writer, ObjectModel model)
    {
        writer.Line("static void " + RuntimeNames.JsonCodecOf(model.Name) + ".Write(" + RuntimeNames.Json + "Utf8JsonWriter writer, " + model.Name + " value)");
        writer.Open();
        writer.Line("writer.WriteStartObject();");
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var property = model.Properties[i];
            var field = "value." + Field(property);
            var name = "writer.WritePropertyName(" + Utf8Name(property.WireName) + ");";
            var declaredWrite = RuntimeNames.JsonCodec + ".Write<" + Declared(property) + ", " + DeclaredCodec(property) + ">(writer, ";
            if (property.Required)
            {
                writer.Line(name + " " + declaredWrite + field + ");");
            }
            else if (property.Type.Nullable)
            {
                // Null is a value of this property: written when set, even to null.
                writer.Line("if (" + field + ".IsSet) { " + name + " " + declaredWrite + field + ".Value); }");
            }
            else
            {
                var present = Present(i);
                writer.Line("if (" + field + ".Value is { } " + present + ") { " + name + " " + RuntimeNames.JsonCodec + ".Write<" + TypeNames.Of(property.Type) + ", " + TypeNames.Codec(property.Type) + ">(writer, " + present + "); }");
            }
        }

        if (model.AdditionalProperties is { } additional)
        {
            var valueType = TypeNames.Declared(additional.Value);
            writer.Line("foreach (var pair in value." + Identifier.Field(additional.Name) + " ?? new " + RuntimeNames.Generic + "Dictionary<string, " + valueType + ">()) { writer.WritePropertyName(pair.Key); " + RuntimeNames.JsonCodec + ".Write<" + valueType + ", " + TypeNames.DeclaredCodec(additional.Value) + ">(writer, pair.Value); }");
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
    }

    /// <summary>Form and multipart writers: a field is written when it was set (and, for optional ones, is not null).</summary>
    private static void FormWriter(SourceWriter writer, ObjectModel model, string signature, string target)
    {
        writer.Line(signature);
        writer.Open();
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var property = model.Properties[i];
            var call = FormCall(property, target);
            var field = "value." + Field(property);
            writer.Line(property.Required && !property.Type.Nullable
                ? call + field + ");"
                : "if (" + field + (property.Required ? string.Empty : ".Value") + " is { } " + Present(i) + ") " + call + Present(i) + ");");
        }

        writer.Close();
    }

    private static string FormCall(PropertyModel property, string target)
    {
        var wireName = CSharpLiteral.String(property.WireName);
        switch (property.FormShape)
        {
            case FormShape.Scalar:
                return target + ".Add<" + TypeNames.Of(property.Type) + ", " + TypeNames.Codec(property.Type) + ">(" + wireName + ", ";
            case FormShape.List:
                return target + ".AddEach<" + TypeNames.Of(property.Type.Item!) + ", " + TypeNames.Codec(property.Type.Item!) + ">(" + wireName + ", ";
            case FormShape.File when target == "multipart":
                return "multipart.AddFile(" + wireName + ", ";
            default:
                return target + ".AddJson<" + TypeNames.Of(property.Type) + ", " + TypeNames.Codec(property.Type) + ">(" + wireName + ", ";
        }
    }

    private static string Declared(PropertyModel property) =>
        property.IsNonNullable ? TypeNames.Of(property.Type) : TypeNames.Nullable(property.Type);

    private static string DeclaredCodec(PropertyModel property) =>
        property.IsNonNullable ? TypeNames.Codec(property.Type) : TypeNames.NullableCodec(property.Type);

    private static string Dictionary(AdditionalPropertiesModel additional) =>
        RuntimeNames.Generic + "IDictionary<string, " + TypeNames.Declared(additional.Value) + ">";

    private static string Field(PropertyModel property) => Identifier.Field(property.Name);

    /// <summary>The JSON name as a <c>u8</c> literal, or a plain literal when UTF-8 cannot carry it.</summary>
    private static string Utf8Name(string wireName) => CSharpLiteral.Utf8(wireName) ?? CSharpLiteral.String(wireName);

    private static string Seen(int index) => "has" + index.ToString(CultureInfo.InvariantCulture);

    private static string Present(int index) => "v" + index.ToString(CultureInfo.InvariantCulture);
}
