using System;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Reading.Markdown;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>
/// A markdown page after the page step: its input and the page as read. The group step and the spec processor
/// use this reading as it is, so an edit reads the edited page once and no other page again.
/// </summary>
/// <remarks>
/// Equal when the inputs are: the reading is a function of the input's path, text and folder, so comparing
/// inputs is what lets the incremental pipeline skip what did not change. A reading outlives the run that made
/// it, and nothing writes to it after the page step (the merge copies what it takes from the pages' documents).
/// </remarks>
internal sealed class PageReading : IEquatable<PageReading>
{
    private PageReading(SpecInput input, MarkdownPage page, EquatableArray<DiagnosticInfo> diagnostics)
    {
        Input = input;
        Page = page;
        Diagnostics = diagnostics;
    }

    public SpecInput Input { get; }

    public MarkdownPage Page { get; }

    /// <summary>For a page that is no spec (and joins no client), the diagnostic that says it is ignored; else none.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; }

    /// <summary>
    /// Reads the page, and with it which client it joins: pages of one specs/ sub-folder join one client;
    /// elsewhere, pages with the same title and server do.
    /// </summary>
    public static PageReading Read(SpecInput input)
    {
        var page = MarkdownPage.Read(input.Path, input.Text, input.Page?.Folder ?? string.Empty, input.Page?.Request);
        if (page.Spec.Shape != MarkdownShape.None)
        {
            return new PageReading(input, page, EquatableArray<DiagnosticInfo>.Empty);
        }

        var ignored = new DiagnosticInfo(DiagnosticDescriptors.MarkdownNotASpec, new EquatableArray<string>(new[] { System.IO.Path.GetFileName(input.Path) }), SpecLocation.FileStart(input.Path));
        return new PageReading(input, page, new EquatableArray<DiagnosticInfo>(new[] { ignored }));
    }

    public bool Equals(PageReading? other) => other is not null && Input.Equals(other.Input);

    public override bool Equals(object? obj) => Equals(obj as PageReading);

    public override int GetHashCode() => Input.GetHashCode();
}
