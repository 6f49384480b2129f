using System;
using System.Collections.Generic;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>Chooses the template of each kind of generated file and hands it the unit's parts as variables.</summary>
internal static class SourceEmitter
{
    public static string Emit(GeneratedUnit unit)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Namespace"] = unit.Namespace,
            ["Visibility"] = unit.Visibility,
        };

        string template;
        switch (unit)
        {
            case ClientUnit client:
                (template, variables["Client"]) = ("Client", client.Client);
                break;
            case OptionsUnit options:
                (template, variables["Client"]) = ("Options", options.Client);
                break;
            case OperationUnit operation:
                (template, variables["Operation"], variables["ClientName"]) = ("Operation", operation.Operation, operation.ClientName);
                break;
            case ObjectUnit model:
                (template, variables["Object"]) = ("Model", model.Object);
                break;
            case EnumUnit enumeration:
                (template, variables["Enum"]) = ("Enum", enumeration.Enum);
                break;
            case UnionUnit union:
                (template, variables["Union"]) = ("Union", union.Union);
                break;
            default:
                throw new ArgumentException($"No template for {unit.GetType().Name}.", nameof(unit));
        }

        return TemplateRenderer.Render(template, variables);
    }
}
