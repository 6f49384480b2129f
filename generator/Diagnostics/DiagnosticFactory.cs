using System.Linq;
using ConferenceGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConferenceGen.Generator.Diagnostics;

/// <summary>Turns the pipeline's plain diagnostic data into Roslyn diagnostics located in the spec file.</summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Create(DiagnosticInfo info)
    {
        var location = info.Location is { } at
            ? Location.Create(at.Path, new TextSpan(at.Start, at.Length), new LinePositionSpan(new LinePosition(at.StartLine, at.StartColumn), new LinePosition(at.EndLine, at.EndColumn)))
            : Location.None;
        return Diagnostic.Create(DiagnosticDescriptors.Get(info.Id), location, info.MessageArgs.Cast<object>().ToArray());
    }
}
