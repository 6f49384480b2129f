using System;
using System.IO;
using System.Linq;
using ConferenceGen.Generator.Reading.Markdown;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ConferenceGen.Tasks;

/// <summary>
/// Writes <c>&lt;name&gt;.openapi.yaml</c> for each client the project's markdown pages make. Problems in the
/// pages are the generator's to report; this task only writes what can be derived, and never fails the build.
/// </summary>
public sealed class WriteDerivedSpecs : Task
{
    /// <summary>The project's specs (ConferenceGenSpec items); only markdown pages are read.</summary>
    [Required]
    public ITaskItem[] Specs { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The files written.</summary>
    [Output]
    public ITaskItem[] Written { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        try
        {
            var pages = Specs
                .Where(IsMarkdown)
                .Select(spec => new DerivedSpecs.Page(
                    spec.GetMetadata("FullPath"),
                    File.ReadAllText(spec.GetMetadata("FullPath")),
                    spec.GetMetadata("ConferenceGenFolder"),
                    PageRequest.From(name => spec.GetMetadata(char.ToUpperInvariant(name[0]) + name.Substring(1)) is { Length: > 0 } value ? value : null)))
                .ToList();
            var derived = DerivedSpecs.Derive(pages);
            Directory.CreateDirectory(OutputDirectory);
            Written = derived.Select(document =>
            {
                var path = Path.Combine(OutputDirectory, document.Name + ".openapi.yaml");
                if (!File.Exists(path) || File.ReadAllText(path) != document.Yaml)
                {
                    File.WriteAllText(path, document.Yaml);
                }

                Log.LogMessage(MessageImportance.Normal, "ConferenceGen: wrote {0}", path);
                return (ITaskItem)new TaskItem(path);
            }).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogWarning("ConferenceGen could not write the derived specs to {0}: {1}", OutputDirectory, e.Message);
        }

        return !Log.HasLoggedErrors;
    }

    private static bool IsMarkdown(ITaskItem spec)
    {
        var format = spec.GetMetadata("Format");
        var extension = spec.GetMetadata("Extension");
        return string.Equals(format, "markdown", StringComparison.OrdinalIgnoreCase)
            || (!string.Equals(format, "openapi", StringComparison.OrdinalIgnoreCase)
                && (string.Equals(extension, ".md", StringComparison.OrdinalIgnoreCase) || string.Equals(extension, ".markdown", StringComparison.OrdinalIgnoreCase)));
    }
}
