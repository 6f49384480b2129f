using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConferenceGen.Generator.Diagnostics;

/// <summary>Turns the pipeline's plain diagnostic data into Roslyn diagnostics located in the spec file.</summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Create(DiagnosticInfo info)
    {
        var at = info.Location;
        var location = Location.Create(at.Path, new TextSpan(at.Start, at.Length), new LinePositionSpan(new LinePosition(at.StartLine, at.StartColumn), new LinePosition(at.EndLine, at.EndColumn)));
        return Diagnostic.Create(info.Descriptor, location, info.Severity, additionalLocations: null, properties: null, info.MessageArgs.Cast<object>().ToArray());
    }
}
