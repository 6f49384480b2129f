using System;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>Chooses the template of each kind of generated file.</summary>
internal static class SourceEmitter
{
    public static string Emit(GeneratedUnit unit) => unit switch
    {
        ClientUnit client => TemplateRenderer.Render("Client", client),
        OptionsUnit options => TemplateRenderer.Render("Options", options),
        OperationUnit operation => TemplateRenderer.Render("Operation", operation),
        ObjectUnit model => TemplateRenderer.Render("Model", model),
        EnumUnit enumeration => TemplateRenderer.Render("Enum", enumeration),
        UnionUnit union => TemplateRenderer.Render("Union", union),
        _ => throw new ArgumentException($"No template for {unit.GetType().Name}.", nameof(unit)),
    };
}
