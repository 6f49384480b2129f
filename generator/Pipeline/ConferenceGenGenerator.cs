using System;
using System.Linq;
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
        public const string MarkdownPages = "ConferenceGen.MarkdownPages";
        public const string MarkdownGroups = "ConferenceGen.MarkdownGroups";
        public const string MarkdownModels = "ConferenceGen.MarkdownModels";
        public const string MarkdownUnits = "ConferenceGen.MarkdownUnits";
        public const string Target = "ConferenceGen.Target";
        public const string Sources = "ConferenceGen.Sources";
        public const string Library = "ConferenceGen.Library";
        public const string Specs = "ConferenceGen.Specs";
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

        // Specs split over several files: each YAML and JSON file is scanned once (is it a spec of its own, which files
        // does it refer to), then all are collected, and each spec takes the files it reaches. A fragment is no spec of
        // its own; an edit of one re-runs the cheap step below for every spec, but only the specs that reach it change.
        var sources = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SourceFileFactory.Create(pair.Left, pair.Right, cancellationToken))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(Steps.Sources);
        var library = sources
            .Collect()
            .Select(static (files, _) => new SpecLibrary(files))
            .WithTrackingName(Steps.Library);

        var specs = inputs
            .Where(static input => input.Page is null)
            .Combine(library)
            .Select(static (pair, _) => pair.Right.Prepare(pair.Left))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(Steps.Specs);

        // Markdown pages are read one by one (an edit re-reads one page), then grouped into the clients they make;
        // the groups carry the pages' readings on to the processor, so no page is read twice.
        var pages = inputs
            .Where(static input => input.Page is not null)
            .Select(static (input, _) => PageReading.Read(input))
            .WithTrackingName(Steps.MarkdownPages);
        var groups = pages
            .Collect()
            .SelectMany(static (all, cancellationToken) => MarkdownGroup.Form(all, cancellationToken))
            .WithTrackingName(Steps.MarkdownGroups);

        // Only names and paths are collected, so this step is cheap and changes only when a client is added, moved or renamed.
        var identities = specs
            .Select(static (input, _) => new SpecIdentity(input.Path, input.Settings.Namespace, input.Settings.ClientName))
            .Collect()
            .Combine(groups.Select(static (group, _) => new SpecIdentity(group.Path, group.Settings.Namespace, group.Settings.ClientName)).Collect())
            .Select(static (pair, _) => pair.Left.Concat(pair.Right).ToEquatableArray());

        // A spec configured into the same client as another (CG0011) generates nothing, so no file is added twice.
        var models = specs
            .Combine(identities)
            .Where(static pair => FirstOwner(pair.Right, pair.Left.Settings.Namespace, pair.Left.Settings.ClientName) == pair.Left.Path)
            .Select(static (pair, cancellationToken) => SpecProcessor.Process(pair.Left, cancellationToken))
            .WithTrackingName(Steps.Models);

        var markdownModels = groups
            .Combine(identities)
            .Where(static pair => FirstOwner(pair.Right, pair.Left.Settings.Namespace, pair.Left.Settings.ClientName) == pair.Left.Path)
            .Select(static (pair, cancellationToken) => SpecProcessor.Process(pair.Left, cancellationToken))
            .WithTrackingName(Steps.MarkdownModels);

        var markdownUnits = markdownModels
            .SelectMany(static (model, _) => model.Units)
            .WithTrackingName(Steps.MarkdownUnits);

        var units = models
            .SelectMany(static (model, _) => model.Units)
            .WithTrackingName(Steps.Units);

        var diagnostics = models
            .Select(static (model, _) => model.Diagnostics)
            .WithTrackingName(Steps.Diagnostics);

        // What the consumer's compilation compiles, decided once per compilation: its language version from the parse
        // options, a few type lookups from the compilation (re-run on each edit, but equal unless a reference
        // changes), and which polyfills PolySharp adds from the MSBuild settings.
        var target = context.ParseOptionsProvider
            .Select(static (options, _) => CSharpTargetFactory.LanguageVersionOf(options))
            .Combine(context.CompilationProvider.Select(static (compilation, _) => CSharpTargetFactory.FactsOf(compilation)))
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => CSharpTargetFactory.PolySharpOf(options.GlobalOptions)))
            .Select(static (pair, _) => CSharpTargetFactory.Create(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(Steps.Target);

        context.RegisterSourceOutput(units.Combine(target), static (output, pair) => Emit(output, pair.Left, pair.Right));
        context.RegisterSourceOutput(markdownUnits.Combine(target), static (output, pair) => Emit(output, pair.Left, pair.Right));
        context.RegisterSourceOutput(target.Combine(identities), static (output, pair) => EmitForTarget(output, pair.Left, pair.Right));
        context.RegisterSourceOutput(identities, static (output, all) => ReportDuplicateClients(output, all));
        context.RegisterSourceOutput(diagnostics, static (output, items) => Report(output, items));
        context.RegisterSourceOutput(markdownModels.Select(static (model, _) => model.Diagnostics), static (output, items) => Report(output, items));
        context.RegisterSourceOutput(pages.Select(static (page, _) => page.Diagnostics), static (output, items) => Report(output, items));
        context.RegisterSourceOutput(library.Select(static (files, _) => files.UnusedFragments()), static (output, items) => Report(output, items));
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> items)
    {
        foreach (var item in items)
        {
            output.ReportDiagnostic(DiagnosticFactory.Create(item));
        }
    }

    private static void Emit(SourceProductionContext output, GeneratedUnit unit, CSharpTarget target)
    {
        if (target.IsTooOld)
        {
            return;
        }

        try
        {
            output.AddSource(HintNames.Of(unit), SourceText.From(SourceEmitter.Emit(unit, Syntax.For(target)), Encoding.UTF8));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            var info = new DiagnosticInfo(DiagnosticDescriptors.InternalError, new EquatableArray<string>(new[] { HintNames.Of(unit), e.GetType().Name, e.Message + SpecProcessor.Where(e) }), SpecLocation.FileStart(unit.Scope.SpecPath));
            output.ReportDiagnostic(DiagnosticFactory.Create(info));
        }
    }

    /// <summary>Once per compilation with specs: the attributes the target lacks, or CG0016 when its C# is older than 8.</summary>
    private static void EmitForTarget(SourceProductionContext output, CSharpTarget target, EquatableArray<SpecIdentity> specs)
    {
        if (specs.Count == 0)
        {
            return;
        }

        if (target.IsTooOld)
        {
            var first = specs.Select(spec => spec.Path).OrderBy(path => path, StringComparer.Ordinal).First();
            var version = target.LanguageVersion < 100
                ? target.LanguageVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : (target.LanguageVersion / 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + (target.LanguageVersion % 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var info = new DiagnosticInfo(DiagnosticDescriptors.LanguageVersionTooOld, new EquatableArray<string>(new[] { version }), SpecLocation.FileStart(first));
            output.ReportDiagnostic(DiagnosticFactory.Create(info));
            return;
        }

        if (target.NeedsPolyfills)
        {
            output.AddSource(PolyfillEmitter.HintName, SourceText.From(PolyfillEmitter.Emit(target), Encoding.UTF8));
        }
    }

    private static string FirstOwner(EquatableArray<SpecIdentity> specs, string ns, string clientName)
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

    private static void ReportDuplicateClients(SourceProductionContext output, EquatableArray<SpecIdentity> specs)
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
