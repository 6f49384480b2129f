using System;
using System.Collections.Immutable;
using System.Text;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Emitting;
using ConferenceGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>
/// Generates typed clients from the OpenAPI specs of a project. Each spec flows through equatable models
/// (<see cref="SpecInput"/> → <see cref="SpecResult"/> → one <see cref="GeneratedUnit"/> per file), so an edit
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

        // Only names and paths are collected, so this step is cheap and changes only when a spec is added, moved or renamed.
        var identities = inputs
            .Select(static (input, _) => new SpecIdentity(input.Path, input.Settings.Namespace, input.Settings.ClientName))
            .Collect();

        // A spec configured into the same client as another (CG0011) generates nothing, so no file is added twice.
        var models = inputs
            .Combine(identities)
            .Where(static pair => FirstOwner(pair.Right, pair.Left.Settings.Namespace, pair.Left.Settings.ClientName) == pair.Left.Path)
            .Select(static (pair, cancellationToken) => SpecProcessor.Process(pair.Left, cancellationToken))
            .WithTrackingName(Steps.Models);

        var units = models
            .SelectMany(static (model, _) => model.Units)
            .WithTrackingName(Steps.Units);

        var diagnostics = models
            .Select(static (model, _) => model.Diagnostics)
            .WithTrackingName(Steps.Diagnostics);

        context.RegisterSourceOutput(units, static (output, unit) => Emit(output, unit));
        context.RegisterSourceOutput(identities, static (output, all) => ReportDuplicateClients(output, all));
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
            var info = new DiagnosticInfo(DiagnosticDescriptors.InternalError, new EquatableArray<string>(new[] { unit.HintName, e.GetType().Name, e.Message + SpecProcessor.Where(e) }), SpecLocation.FileStart(unit.Scope.SpecPath));
            output.ReportDiagnostic(DiagnosticFactory.Create(info));
        }
    }

    private static string FirstOwner(ImmutableArray<SpecIdentity> specs, string ns, string clientName)
    {
        string? first = null;
        foreach (var spec in specs)
        {
            if (spec.Namespace == ns && spec.ClientName == clientName && (first is null || string.CompareOrdinal(spec.Path, first) < 0))
            {
                first = spec.Path;
            }
        }

        return first ?? string.Empty;
    }

    private static void ReportDuplicateClients(SourceProductionContext output, ImmutableArray<SpecIdentity> specs)
    {
        foreach (var spec in specs)
        {
            var owner = FirstOwner(specs, spec.Namespace, spec.ClientName);
            if (owner != spec.Path)
            {
                var args = new[] { System.IO.Path.GetFileName(owner), System.IO.Path.GetFileName(spec.Path), spec.Namespace + "." + spec.ClientName };
                output.ReportDiagnostic(DiagnosticFactory.Create(new DiagnosticInfo(DiagnosticDescriptors.DuplicateClient, new EquatableArray<string>(args), SpecLocation.FileStart(spec.Path))));
            }
        }
    }
}
