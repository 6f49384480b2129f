using System.Globalization;
using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Writes a model class as data: a table of its properties (wire name, codec, rules) that the runtime's one
/// shared loop reads and writes, and one line per property that reads or writes its slot. Compiling a table entry
/// costs far less than the per-property read, write and form statements a hand-written codec needs.
/// </summary>
internal static class ModelEmitter
{
    private const string Properties = RuntimeNames.Codecs + "ModelProperty";

    public static string Emit(ObjectUnit unit, Syntax syntax)
    {
        var model = unit.Object;
        var name = model.Name;
        var slots = model.Properties.Count + (model.AdditionalProperties is null ? 0 : 1);
        var writer = GeneratedFile.Start(unit.Scope, nameSpec: false, syntax);
        var summary = DocText.Summary(model.Title, model.Description);
        writer.Line("/// <summary>" + (summary.Length == 0 ? name : summary) + "</summary>");
        writer.Line("[" + GeneratedFile.GeneratedCodeAttribute + ", " + GeneratedFile.ConverterAttribute(name) + "]");
        writer.Line(GeneratedFile.Keyword(unit.Scope.Visibility) + " sealed partial class " + name + " : " + RuntimeNames.Codecs + "ApiModel");
        writer.Open();
        Table(writer, model, unit.Scope.Namespace, syntax);
        writer.Line();
        if (model.HasRequired)
        {
            writer.Line(syntax.Target.RequiredMembers
                ? "/// <summary>Creates an instance; set the <c>required</c> properties in the initializer.</summary>"
                : "/// <summary>Creates an instance; set the properties the spec requires (sending checks them).</summary>");
            writer.Line("public " + name + "() : base(" + Number(slots) + ") { }");
            // The reader's constructor: the codec clears these slots again and checks what the JSON holds.
            var defaults = string.Concat(model.Properties.Where(p => p.IsRequiredMember).Select(p => p.Name + " = default!; "));
            writer.Line(syntax.SetsRequiredMembers + "private " + name + "(bool reading) : base(" + Number(slots) + ") { " + defaults + "}");
        }
        else
        {
            writer.Line("/// <summary>Creates an instance with no property set.</summary>");
            writer.Line("public " + name + "() : base(" + Number(slots) + ") { }");
        }

        writer.Line();
        for (var i = 0; i < model.Properties.Count; i++)
        {
            Property(writer, model.Properties[i], i, unit.Scope.Namespace, syntax);
        }

        if (model.AdditionalProperties is { } additional)
        {
            var valueType = TypeNames.Declared(syntax, additional.Value);
            writer.Line("/// <summary>The JSON properties the spec does not declare by name; it gives their values a schema.</summary>");
            writer.Line("public " + RuntimeNames.Generic + "IDictionary<string, " + valueType + "> " + additional.Name + " { get => MapSlot<" + valueType + ">(" + Number(slots - 1) + "); set => SetSlot(" + Number(slots - 1) + ", value); }");
        }

        writer.Close();
        return GeneratedFile.End(writer, syntax);
    }

    /// <summary>The codec: the properties in slot order, given as a function because models refer to each other.</summary>
    private static void Table(SourceWriter writer, ObjectModel model, string ns, Syntax syntax)
    {
        var name = model.Name;
        writer.Line("/// <summary>Reads and writes <see cref=\"" + name + "\"/> in its wire form.</summary>");
        var additional = model.AdditionalProperties is { } extra
            ? ", new " + RuntimeNames.Codecs + "AdditionalProperties<" + TypeNames.Declared(syntax, extra.Value) + ">(" + TypeNames.DeclaredCodec(syntax, extra.Value, ns) + ")"
            : string.Empty;
        writer.Line("public static readonly " + RuntimeNames.Codecs + "ModelCodec<" + name + "> " + GeneratedMembers.Codec + " = " + syntax.New(RuntimeNames.Codecs + "ModelCodec<" + name + ">") + "(\"" + name + "\", " + syntax.StaticLambda + "() => " + syntax.New(name) + "(" + (model.HasRequired ? "reading: true" : string.Empty) + "), " + GeneratedMembers.Describe + additional + ");");
        writer.Line();

        // A method, not a lambda in the field's initializer: the table may name this very codec (a tree of nodes).
        writer.Line("private static " + Properties + "[] " + GeneratedMembers.Describe + "() => new " + Properties + "[]");
        writer.Open();
        foreach (var property in model.Properties)
        {
            var rules = (property.Required ? ", required: true" : string.Empty) + (property.Type.Nullable ? ", nullable: true" : string.Empty)
                + (property.Fixed is { } value ? ", fixedValue: " + FixedValueLiteral.Of(property.Type, value, ns) : string.Empty);
            writer.Line(syntax.New(Properties) + "(" + CSharpLiteral.String(property.WireName) + ", " + TypeNames.Codec(syntax, property.Type, ns) + rules + "),");
        }

        writer.Close("};");
    }

    private static void Property(SourceWriter writer, PropertyModel property, int slot, string ns, Syntax syntax)
    {
        if (property.Fixed is { } fixedValue)
        {
            Fixed(writer, property, fixedValue, slot, ns, syntax);
            return;
        }

        // C# forbids [Obsolete] on a required member (CS9042), and the reader's constructor sets required members
        // (CS0618): a required deprecated property says so in its documentation instead.
        var deprecatedNote = property.Deprecated && property.Required ? "Deprecated: the spec marks this property as deprecated." : null;
        var only = property.SingleValue is { } single ? "The spec allows one value: " + Shown(property.Type, single) + "." : null;
        var summary = DocText.Summary(property.Description, property.DefaultText is { } value ? "Default: " + value + "." : null, only, OrEmptyNote(property.Type), deprecatedNote);
        writer.Line("/// <summary>" + (summary.Length == 0 ? "The <c>" + DocText.Escape(property.WireName) + "</c> property." : summary) + "</summary>");
        if (property.Deprecated && !property.Required)
        {
            writer.Line("[" + RuntimeNames.Obsolete + "(\"The spec marks this property as deprecated.\")]");
        }

        var index = Number(slot);
        var accessors = " { get => (" + (property.IsNonNullable ? TypeNames.Of(syntax, property.Type) + ")Slot(" + index + ")!" : TypeNames.Nullable(syntax, property.Type) + ")Slot(" + index + ")") + "; set => SetSlot(" + index + ", value); }";
        writer.Line(property.Required
            ? "public " + syntax.Required + Declared(property, syntax) + " " + property.Name + accessors
            : "public " + Declared(property, syntax) + " " + property.Name + accessors);
    }

    // How to send the empty string a property also allows (TypeRef.OrEmpty).
    private static string? OrEmptyNote(TypeRef type) => !type.OrEmpty ? null : type.Kind switch
    {
        TypeKind.List => "An empty list is sent as the empty string, the spec's way to clear it.",
        TypeKind.Map => "An empty map is sent as the empty string, the spec's way to clear it.",
        _ => "A value with no property set is sent as the empty string, the spec's way to clear it.",
    };

    /// <summary>
    /// A property the type fixes: read-only, what the JSON held or else the fixed value, which the codec sends
    /// without anyone setting it. Not <c>required</c>, so the caller has nothing to set.
    /// </summary>
    private static void Fixed(SourceWriter writer, PropertyModel property, FixedValueModel value, int slot, string ns, Syntax syntax)
    {
        var note = "Fixed by the type: " + Shown(property.Type, value) + ", sent without being set.";
        writer.Line("/// <summary>" + DocText.Summary(property.Description, note) + "</summary>");
        if (property.Deprecated)
        {
            writer.Line("[" + RuntimeNames.Obsolete + "(\"The spec marks this property as deprecated.\")]");
        }

        writer.Line("public " + TypeNames.Of(syntax, property.Type) + " " + property.Name + " => (" + TypeNames.Nullable(syntax, property.Type) + ")Slot(" + Number(slot) + ") ?? " + FixedValueLiteral.Of(property.Type, value, ns) + ";");
    }

    // A string in quotes, so that the empty one shows; numbers, booleans and members as they are.
    private static string Shown(TypeRef type, FixedValueModel value) =>
        type.Kind == TypeKind.String ? "\"" + value.WireValue + "\"" : value.WireValue;

    private static string Declared(PropertyModel property, Syntax syntax) =>
        property.IsNonNullable ? TypeNames.Of(syntax, property.Type) : TypeNames.Nullable(syntax, property.Type);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
