using System;
using System.Text;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Emitting;
using ConferenceGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>
/// Generates typed clients from the OpenAPI specs of a project. Each spec flows through equatable models
/// (<see cref="SpecInput"/> → <see cref="SpecModel"/> → one <see cref="GeneratedUnit"/> per file), so an edit
/// to C# code re-runs nothing, and an edit to a spec re-emits only the files whose content changed.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ConferenceGenGenerator : IIncrementalGenerator
{
    /// <summary>Step names, for tests that check which steps re-ran.</summary>
    public static class Steps
    {
        public const string Inputs = "ConferenceGen.Inputs";
        public const string Models = "ConferenceGen.Models";
        public const string Units = "ConferenceGen.Units";
        public const string Diagnostics = "ConferenceGen.Diagnostics";
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SpecInputFactory.Create(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(Steps.Inputs);

        var models = inputs
            .Select(static (input, cancellationToken) => SpecProcessor.Process(input, cancellationToken))
            .WithTrackingName(Steps.Models);

        var units = models
            .SelectMany(static (model, _) => model.Units)
            .WithTrackingName(Steps.Units);

        var diagnostics = models
            .Select(static (model, _) => model.Diagnostics)
            .WithTrackingName(Steps.Diagnostics);

        context.RegisterSourceOutput(units, static (output, unit) => Emit(output, unit));
        context.RegisterSourceOutput(diagnostics, static (output, items) =>
        {
            foreach (var item in items)
            {
                output.ReportDiagnostic(DiagnosticFactory.Create(item));
            }
        });
    }

    private static void Emit(SourceProductionContext output, GeneratedUnit unit)
    {
        try
        {
            output.AddSource(unit.HintName, SourceText.From(SourceEmitter.Emit(unit), Encoding.UTF8));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, unit.HintName, e.GetType().Name, e.Message));
        }
    }
}
