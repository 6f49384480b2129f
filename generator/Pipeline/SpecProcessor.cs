using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Reading;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>
/// Turns one spec into its files and diagnostics, whether it is a YAML or JSON file or a client's markdown pages:
/// each is read as far as a document tree in its own way (<see cref="DocumentTree"/>), and from there the path is
/// one: <see cref="SpecReader"/>, <see cref="SpecModelBuilder"/>, the spec's <see cref="DiagnosticPolicy"/>.
/// Every failure becomes a diagnostic; nothing escapes but cancellation.
/// </summary>
internal static class SpecProcessor
{
    public static SpecResult Process(SpecInput input, CancellationToken cancellationToken) =>
        Process(input.Path, input.Settings, input.Policy, () => DocumentTree.FromText(input), cancellationToken);

    public static SpecResult Process(MarkdownGroup group, CancellationToken cancellationToken) =>
        Process(group.Path, group.Settings, group.Policy, () => DocumentTree.FromPages(group), cancellationToken);

    // The innermost frames, so that a report of CG0009 says where it happened without a debugger.
    internal static string Where(Exception e)
    {
        var frames = new StackTrace(e, fNeedFileInfo: false).GetFrames() ?? Array.Empty<StackFrame>();
        var text = string.Join(" < ", frames.Take(10).Select(f => f.GetMethod() is { } m ? m.DeclaringType?.Name + "." + m.Name : "?"));
        return text.Length == 0 ? string.Empty : " [at " + text + "]";
    }

    private static SpecResult Process(string path, SpecSettings settings, DiagnosticPolicy policy, Func<DocumentTree> read, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        DiagnosticList? diagnostics = null;
        var units = EquatableArray<GeneratedUnit>.Empty;
        try
        {
            var tree = read();
            diagnostics = tree.Diagnostics;
            if (tree.Root is { } root && SpecReader.Read(fileName, root, diagnostics) is { } document)
            {
                cancellationToken.ThrowIfCancellationRequested();
                units = new SpecModelBuilder(document, settings, fileName, diagnostics).Build().ToEquatableArray();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // When reading failed before it had a source map, the problem is placed at the start of the file.
            diagnostics ??= new DiagnosticList(new SpecSourceMap(path, string.Empty, isJson: false));
            diagnostics.Add(DiagnosticDescriptors.InternalError, SpecLocation.FileStart(path), fileName, e.GetType().Name, e.Message + Where(e));
        }

        // The one place where the spec's policy decides which diagnostics are reported, and at which severity.
        return new SpecResult(units, policy.Apply(diagnostics.ToEquatableArray()));
    }
}
