using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Reading;
using ConferenceGen.Generator.Reading.Markdown;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>
/// Reads the markdown pages of one client, merges their documents and builds the client as from any spec.
/// Diagnostics point at the pages: a table row, a fence, the line of a YAML key inside a fence.
/// </summary>
internal static class MarkdownSpecProcessor
{
    public static SpecResult Process(MarkdownGroup group, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(group.Path);
        var notes = new List<MarkdownNote>();
        var parts = new List<MarkdownPart>();
        DiagnosticList? diagnostics = null;
        try
        {
            foreach (var page in group.Pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var spec = MarkdownSpec.Read(page.Path, page.Text);
                notes.AddRange(spec.Notes);
                parts.AddRange(spec.Parts);
            }

            if (parts.Count == 0)
            {
                diagnostics = new DiagnosticList(new SpecSourceMap(group.Path, string.Empty, isJson: false));
                Report(notes, diagnostics);
                return Result(group, EquatableArray<GeneratedUnit>.Empty, diagnostics);
            }

            var (document, map) = DocumentMerge.Merge(parts, notes);
            diagnostics = new DiagnosticList(map);
            Report(notes, diagnostics);
            var read = SpecReader.Read(fileName, document, diagnostics);
            if (read is null)
            {
                return Result(group, EquatableArray<GeneratedUnit>.Empty, diagnostics);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var units = new SpecModelBuilder(read, group.Settings, fileName, diagnostics).Build();
            return Result(group, units.ToEquatableArray(), diagnostics);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            diagnostics ??= new DiagnosticList(new SpecSourceMap(group.Path, string.Empty, isJson: false));
            diagnostics.Add(DiagnosticDescriptors.InternalError, SpecLocation.FileStart(group.Path), fileName, e.GetType().Name, e.Message + SpecProcessor.Where(e));
            return Result(group, EquatableArray<GeneratedUnit>.Empty, diagnostics);
        }
    }

    // The same policy as for any spec (the cap per ID, NoWarn metadata), taken from the client's first page.
    private static SpecResult Result(MarkdownGroup group, EquatableArray<GeneratedUnit> units, DiagnosticList diagnostics) =>
        new(units, group.Pages[0].Policy.Apply(diagnostics.ToEquatableArray()));

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
        _ => DiagnosticDescriptors.MarkdownNotASpec,
    };
}
