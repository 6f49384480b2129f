using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Reading.Markdown;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>
/// A markdown page as the pipeline sees it before pages are merged: the input, the key of the client it joins
/// (empty for a page that is no spec) and the name a merged client takes from its pages.
/// </summary>
internal sealed record MarkdownPage(SpecInput Input, string GroupKey, string GroupName, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// Reads just enough of the page to know which client it joins: pages of one specs/ sub-folder join one
    /// client; elsewhere, pages with the same title and server do.
    /// </summary>
    public static MarkdownPage Read(SpecInput input)
    {
        var spec = MarkdownSpec.Read(input.Path, input.Text);
        if (spec.Shape == MarkdownShape.None)
        {
            var ignored = new DiagnosticInfo(DiagnosticDescriptors.MarkdownNotASpec, new EquatableArray<string>(new[] { System.IO.Path.GetFileName(input.Path) }), SpecLocation.FileStart(input.Path));
            return new MarkdownPage(input, string.Empty, string.Empty, new EquatableArray<DiagnosticInfo>(new[] { ignored }));
        }

        var (key, name) = PageGroup.Of(input.Path, input.Page?.Folder ?? string.Empty, spec);
        return new MarkdownPage(input, key, name, EquatableArray<DiagnosticInfo>.Empty);
    }
}
