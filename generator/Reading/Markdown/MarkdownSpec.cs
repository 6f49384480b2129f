using System.Collections.Generic;
using ConferenceGen.Generator.Diagnostics;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// What a markdown page holds as a spec: the OpenAPI documents it embeds, or the one its reference layout
/// describes, or nothing; with the notes that reading it produced. Never throws on any text.
/// </summary>
internal sealed class MarkdownSpec
{
    private MarkdownSpec(string path, MarkdownShape shape, List<MarkdownPart> parts, List<MarkdownNote> notes)
    {
        Path = path;
        Shape = shape;
        Parts = parts;
        Notes = notes;
    }

    public string Path { get; }

    public MarkdownShape Shape { get; }

    public IReadOnlyList<MarkdownPart> Parts { get; }

    public IReadOnlyList<MarkdownNote> Notes { get; }

    /// <param name="request">What the page's item metadata says of its request (Method, Path, Server, MediaType, Auth), which overrides the page.</param>
    public static MarkdownSpec Read(string path, string text, PageRequest? request = null)
    {
        var notes = new List<MarkdownNote>();
        if (string.IsNullOrWhiteSpace(text) || text.IndexOf('\0') >= 0)
        {
            return Ignored(path, notes);
        }

        var outline = MarkdownOutline.Parse(text);
        var embedded = EmbeddedOpenApi.Find(path, outline, notes, out var found);
        if (found)
        {
            return new MarkdownSpec(path, MarkdownShape.EmbeddedOpenApi, embedded, notes);
        }

        if (ReferencePage.Parse(outline, request) is { } page)
        {
            // A page that does not say its method and path has no document: a note says what to add.
            var parts = ReferenceDocument.Derive(path, page, notes) is { } part ? new List<MarkdownPart> { part } : new List<MarkdownPart>();
            return new MarkdownSpec(path, MarkdownShape.ReferencePage, parts, notes);
        }

        if (EmbeddedOpenApi.Unreadable(path, outline) is { } unreadable)
        {
            // Meant as a spec, so never silently ignored: the page is a client of its own that says why it is empty.
            notes.Add(unreadable);
            return new MarkdownSpec(path, MarkdownShape.EmbeddedOpenApi, new List<MarkdownPart>(), notes);
        }

        return Ignored(path, notes);
    }

    private static MarkdownSpec Ignored(string path, List<MarkdownNote> notes)
    {
        notes.Add(new MarkdownNote(MarkdownNoteKind.NotASpec, SpecLocation.FileStart(path), System.IO.Path.GetFileName(path)));
        return new MarkdownSpec(path, MarkdownShape.None, new List<MarkdownPart>(), notes);
    }
}
