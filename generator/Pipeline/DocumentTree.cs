using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Reading;
using ConferenceGen.Generator.Reading.Bundling;
using ConferenceGen.Generator.Reading.Markdown;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>
/// A spec read as far as its document tree: where the two kinds of input meet. A YAML or JSON file is its text
/// parsed; a client of markdown pages is its pages' documents merged. The diagnostics hold what reading found so
/// far, and the source map that places everything found later in the files the user wrote. From here on every
/// spec takes one path (<see cref="SpecProcessor"/>).
/// </summary>
internal sealed class DocumentTree
{
    private DocumentTree(JsonNode? root, DiagnosticList diagnostics)
    {
        Root = root;
        Diagnostics = diagnostics;
    }

    /// <summary>The document; null when there is none to read further, and the diagnostics say why.</summary>
    public JsonNode? Root { get; }

    public DiagnosticList Diagnostics { get; }

    /// <summary>
    /// A YAML or JSON spec: its text parsed, with problems placed in that text. A spec that refers to other files has
    /// them bundled in (<see cref="DocumentBundler"/>), and problems found later are placed in the file each part came from.
    /// </summary>
    public static DocumentTree FromText(SpecInput input)
    {
        var isJson = SpecReader.LooksLikeJson(input.Text);
        var own = new SpecSourceMap(input.Path, input.Text, isJson);
        if (input.Folder is not { } folder)
        {
            var diagnostics = new DiagnosticList(own);
            return new DocumentTree(SpecReader.Parse(Path.GetFileName(input.Path), input.Text, isJson, diagnostics), diagnostics);
        }

        var map = new BundledSourceMap(own);
        var bundled = new DiagnosticList(map);
        var root = SpecReader.Parse(Path.GetFileName(input.Path), input.Text, isJson, bundled);
        if (root is not null)
        {
            DocumentBundler.Bundle(input.Path, root, own, folder, map, bundled);
        }

        return new DocumentTree(root, bundled);
    }

    /// <summary>
    /// A client's markdown pages, as the page step read them: their documents merged, with problems placed on the
    /// pages' lines (a table row, a fence, the line of a YAML key inside a fence), and the notes that reading and
    /// merging them made, in page order.
    /// </summary>
    public static DocumentTree FromPages(MarkdownGroup group)
    {
        var notes = new List<MarkdownNote>();
        var parts = new List<MarkdownPart>();
        foreach (var page in group.Pages)
        {
            notes.AddRange(page.Page.Spec.Notes);
            parts.AddRange(page.Page.Spec.Parts);
        }

        if (parts.Count == 0)
        {
            var nothing = new DiagnosticList(new SpecSourceMap(group.Path, string.Empty, isJson: false));
            Report(notes, nothing);
            return new DocumentTree(null, nothing);
        }

        var (document, map) = DocumentMerge.Merge(parts, notes);
        var diagnostics = new DiagnosticList(map);
        Report(notes, diagnostics);
        return new DocumentTree(document, diagnostics);
    }

    private static void Report(IEnumerable<MarkdownNote> notes, DiagnosticList diagnostics)
    {
        foreach (var note in notes)
        {
            diagnostics.Add(Descriptor(note.Kind), note.Location, note.Args);
        }
    }

    private static DiagnosticDescriptor Descriptor(MarkdownNoteKind kind) => kind switch
    {
        MarkdownNoteKind.UnreadableDocument => DiagnosticDescriptors.InvalidDocument,
        MarkdownNoteKind.TypeInferred => DiagnosticDescriptors.MarkdownTypeInferred,
        MarkdownNoteKind.ExampleDisagrees => DiagnosticDescriptors.MarkdownExampleDisagrees,
        MarkdownNoteKind.Conflict => DiagnosticDescriptors.MarkdownConflict,
        MarkdownNoteKind.Incomplete => DiagnosticDescriptors.ReferencePageIncomplete,
        MarkdownNoteKind.UnreadableEmbedded => DiagnosticDescriptors.MarkdownDocumentUnreadable,
        _ => DiagnosticDescriptors.MarkdownNotASpec,
    };
}
