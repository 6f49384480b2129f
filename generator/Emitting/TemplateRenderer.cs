using System;
using System.Collections.Concurrent;
using System.IO;
using Scriban;
using Scriban.Runtime;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Renders the Scriban templates embedded in this assembly with a prepared view. Templates are parsed once per
/// process (the compiler host keeps the generator loaded) and each thread reuses one template context, whose
/// member-accessor cache keeps rendering fast. The view's members are the template's variables, by their C# names.
/// </summary>
internal static class TemplateRenderer
{
    private static readonly ConcurrentDictionary<string, Template> Templates = new(StringComparer.Ordinal);
    private static readonly MemberRenamerDelegate KeepNames = member => member.Name;

    [ThreadStatic]
    private static TemplateContext? _context;

    /// <summary>Renders a template whose variables are the properties of <paramref name="view"/>.</summary>
    public static string Render(string templateName, object view)
    {
        var template = Templates.GetOrAdd(templateName, Load);
        var context = _context ??= CreateContext();
        var globals = new ScriptObject();
        globals.Import(view, ScriptMemberImportFlags.Property, null, KeepNames);

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

    private static TemplateContext CreateContext() => new()
    {
        MemberRenamer = KeepNames,
        LoopLimit = 0,
        RecursiveLimit = 0,
        StrictVariables = true,
        EnableRelaxedMemberAccess = false,
    };

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
