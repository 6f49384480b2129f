using System;
using System.Collections.Concurrent;
using System.IO;
using System.Reflection;
using Scriban;
using Scriban.Runtime;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Renders the Scriban templates embedded in this assembly. Each template is parsed once per process (the
/// compiler host keeps the generator loaded), and members keep their C# names inside templates.
/// </summary>
internal static class TemplateRenderer
{
    private static readonly ConcurrentDictionary<string, Template> Templates = new(StringComparer.Ordinal);
    private static readonly MemberRenamerDelegate KeepNames = member => member.Name;

    public static string Render(string templateName, object model)
    {
        var template = Templates.GetOrAdd(templateName, Load);
        var globals = new ScriptObject();
        globals.Import(model, renamer: KeepNames);
        globals.SetValue("generator_version", GeneratorInfo.Version, readOnly: true);
        var context = new TemplateContext
        {
            MemberRenamer = KeepNames,
            LoopLimit = 0,
            RecursiveLimit = 0,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
        };
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private static Template Load(string name)
    {
        var resource = "ConferenceGen.Templates." + name + ".scriban";
        using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The template {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), resource);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"The template {resource} has errors: {string.Join("; ", template.Messages)}");
        }

        return template;
    }
}
