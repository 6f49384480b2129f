using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Documentation;

/// <summary>A compiler diagnostic at its place on a page, written as the compiler writes it.</summary>
internal sealed record ExampleProblem(string Page, int Line, int Column, string Severity, string Id, string Message)
{
    /// <summary>The diagnostic at the 1-based <paramref name="line"/> of the page, and its own column.</summary>
    public static ExampleProblem Of(Diagnostic diagnostic, string page, int line) =>
        new(page, line, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1, diagnostic.Severity.ToString().ToLowerInvariant(), diagnostic.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture));

    /// <summary>A diagnostic of a compilation whose examples carry #line directives to their pages; null for one elsewhere (the generated code).</summary>
    public static ExampleProblem? Mapped(Diagnostic diagnostic)
    {
        if (!diagnostic.Location.IsInSource)
        {
            return null;
        }

        var span = diagnostic.Location.GetMappedLineSpan();
        return span.HasMappedPath ? Of(diagnostic, span.Path, span.StartLinePosition.Line + 1) : null;
    }

    public override string ToString() => $"{Page}({Line},{Column}): {Severity} {Id}: {Message}";
}
