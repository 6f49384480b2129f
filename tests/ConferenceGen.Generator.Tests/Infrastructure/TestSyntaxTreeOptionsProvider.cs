using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Infrastructure;

/// <summary>
/// Severities as the compiler reads them from analyzer config files: those of a <c>.globalconfig</c> apply to the
/// whole compilation, those of <c>.editorconfig</c> sections to the C# files the sections match.
/// </summary>
internal sealed class TestSyntaxTreeOptionsProvider(IReadOnlyDictionary<string, ReportDiagnostic> global, IReadOnlyDictionary<string, ReportDiagnostic> everySourceFile) : SyntaxTreeOptionsProvider
{
    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        everySourceFile.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        global.TryGetValue(diagnosticId, out severity);
}
