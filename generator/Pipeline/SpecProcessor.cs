using System;
using System.Diagnostics;
using System.Linq;
using System.IO;
using System.Threading;
using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Reading;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>Reads one spec and builds its model. Every failure becomes a diagnostic; nothing escapes but cancellation.</summary>
internal static class SpecProcessor
{
    // The innermost frames, so that a report of CG0009 says where it happened without a debugger.
    internal static string Where(Exception e)
    {
        var frames = new StackTrace(e, fNeedFileInfo: false).GetFrames() ?? Array.Empty<StackFrame>();
        var text = string.Join(" < ", frames.Take(10).Select(f => f.GetMethod() is { } m ? m.DeclaringType?.Name + "." + m.Name : "?"));
        return text.Length == 0 ? string.Empty : " [at " + text + "]";
    }

    public static SpecResult Process(SpecInput input, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(input.Path);
        var isJson = SpecReader.LooksLikeJson(input.Text);
        var diagnostics = new DiagnosticList(new SpecSourceMap(input.Path, input.Text, isJson));
        try
        {
            var document = SpecReader.Read(fileName, input.Text, isJson, diagnostics);
            if (document is null)
            {
                return Result(input, EquatableArray<GeneratedUnit>.Empty, diagnostics);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var units = new SpecModelBuilder(document, input.Settings, fileName, diagnostics).Build();
            return Result(input, units.ToEquatableArray(), diagnostics);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticDescriptors.InternalError, diagnostics.SourceMap.FileStart, fileName, e.GetType().Name, e.Message + Where(e));
            return Result(input, EquatableArray<GeneratedUnit>.Empty, diagnostics);
        }
    }

    // The one place where the spec's policy decides which diagnostics are reported, and at which severity.
    private static SpecResult Result(SpecInput input, EquatableArray<GeneratedUnit> units, DiagnosticList diagnostics) =>
        new(units, input.Policy.Apply(diagnostics.ToEquatableArray()));
}
