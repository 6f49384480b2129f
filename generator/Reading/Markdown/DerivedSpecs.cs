using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// The OpenAPI documents that a project's markdown pages become, one per client, as YAML text: what the build
/// writes under obj/ when ConferenceGenWriteDerivedSpecs is true, for the user to review or to take over by hand.
/// Called by the build task, outside the compiler: nothing here may use Roslyn.
/// </summary>
internal static class DerivedSpecs
{
    /// <summary>A page of the project: its path, its text, its folder under specs/ ("" at the top), and what its metadata says of its request.</summary>
    public sealed record Page(string Path, string Text, string Folder, PageRequest? Request = null);

    /// <summary>Each client's file name (without <c>.openapi.yaml</c>) and document; pages that are no spec give none.</summary>
    public static List<(string Name, string Yaml)> Derive(IEnumerable<Page> pages)
    {
        var read = pages.Select(page => MarkdownPage.Read(page.Path, page.Text, page.Folder, page.Request)).ToList();
        var derived = new List<(string Name, string Yaml)>();
        foreach (var group in PageGroup.Form(read, page => page))
        {
            var members = group.Pages;
            var parts = members.SelectMany(p => p.Spec.Parts).ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            var (document, _) = DocumentMerge.Merge(parts, new List<MarkdownNote>());
            var name = group.IsByFolder
                ? group.Name.Replace('/', '.')
                : members.Count > 1 ? FileName(group.Name) : Path.GetFileNameWithoutExtension(members[0].Path);
            var header = "# Derived by ConferenceGen from " + string.Join(", ", members.Select(m => Path.GetFileName(m.Path))) + ".\n"
                + "# Review it, or copy it into specs/ (and remove the pages) to take it over by hand.\n";
            derived.Add((FileName(name), header + YamlText.Write(document)));
        }

        return derived;
    }

    // A title such as "Voice conferences" as a file name: letters, digits, '.', '-' and '_' only.
    private static string FileName(string name)
    {
        var chars = name.Trim().Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray();
        var text = new string(chars).Trim('-', '.');
        return text.Length == 0 ? "api" : text;
    }
}
