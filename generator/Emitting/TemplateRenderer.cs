using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using Scriban;
using Scriban.Runtime;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Renders the Scriban templates embedded in this assembly. Templates are parsed once per process (the compiler
/// host keeps the generator loaded) and each thread reuses one template context, whose member-accessor cache is
/// what makes rendering hundreds of files fast. Members keep their C# names inside templates.
/// </summary>
internal static class TemplateRenderer
{
    private static readonly ConcurrentDictionary<string, Template> Templates = new(StringComparer.Ordinal);
    private static readonly MemberRenamerDelegate KeepNames = member => member.Name;

    [ThreadStatic]
    private static TemplateContext? _context;

    /// <summary>Renders a template with the given top-level variables.</summary>
    public static string Render(string templateName, IReadOnlyDictionary<string, object?> variables)
    {
        var template = Templates.GetOrAdd(templateName, Load);
        var context = _context ??= CreateContext();
        var globals = new ScriptObject();
        foreach (var pair in variables)
        {
            globals.SetValue(pair.Key, pair.Value, readOnly: false);
        }

        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        finally
        {
            context.PopGlobal();
        }
    }

    private static TemplateContext CreateContext()
    {
        var constants = new ScriptObject();
        constants.SetValue("generator_version", GeneratorInfo.Version, readOnly: true);
        var context = new TemplateContext
        {
            MemberRenamer = KeepNames,
            LoopLimit = 0,
            RecursiveLimit = 0,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
        };
        context.PushGlobal(constants);
        return context;
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
