using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports, each with a message format of its own: the problem, then what is
/// generated instead. docs/diagnostics.md explains each one and what to do about it, and each links to its entry there
/// when the package was built with a repository URL (<see cref="DiagnosticHelpLinks"/>); AnalyzerReleases.*.md track
/// them.
/// A warning means the generated code differs from what the spec says (something left out, a type weakened to
/// JsonElement); a repair that gives the spec its one sensible meaning is info.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ConferenceGen";

    public static readonly DiagnosticDescriptor UnreadableFile = Create(
        "CG0001", "Spec file cannot be read", "The spec file '{0}' cannot be read: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidDocument = Create(
        "CG0002", "Spec is not a readable OpenAPI document", "'{0}' is not a readable OpenAPI document: {1}; no code is generated from it", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidContent = Create(
        "CG0003", "Invalid spec content was ignored", "Invalid spec content: {0}; {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "CG0004", "Reference cannot be resolved", "The reference '{0}' cannot be resolved; {1}", DiagnosticSeverity.Warning);

    /// <summary>What is generated for a schema whose reference cannot be resolved (the second argument of CG0004).</summary>
    public const string TypedAsJsonElement = "the value is typed as JsonElement";

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "CG0005", "Spec construct is not supported", "{0} is not supported; {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameChanged = Create(
        "CG0006", "Generated name was changed to be unique", "The name '{0}' was already taken by {1}; it is generated as '{2}'", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor OperationSkipped = Create(
        "CG0007", "Operation skipped", "The operation {0} was not generated: {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor RepairedContent = Create(
        "CG0008", "Invalid spec content was repaired", "Invalid spec content was repaired: {0}; {1}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "CG0009", "The generator failed on this spec", "ConferenceGen could not generate code for '{0}' ({1}: {2}); please report this with the spec", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor FilterSelectsNothing = Create(
        "CG0010", "The operation filters select no operation", "The operation filters of '{0}' select none of its {1} operations; check IncludeTags, IncludePaths and IncludeOperations", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateClient = Create(
        "CG0011", "Two specs generate the same client", "'{0}' and '{1}' both generate {2}; give one of them another Namespace or ClientName", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MarkdownTypeInferred = Create(
        "CG0012", "Parameter type inferred from a markdown page", "The page gives no type for '{0}'; it is generated as {1}, inferred from {2}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor MarkdownExampleDisagrees = Create(
        "CG0013", "A markdown example disagrees with the documented type", "The example '{2}' sends {1} for '{0}', but the page documents {3}; the documented type is generated", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor MarkdownNotASpec = Create(
        "CG0014", "Markdown file is not a spec", "'{0}' has neither an embedded OpenAPI document nor the layout of a reference page (a title and a request line); it is ignored", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor MarkdownConflict = Create(
        "CG0015", "Two pages of one client define something differently", "{0} is defined differently in '{2}' than in {1}; the definition in {1} is generated", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Create(
        "CG0016", "The project's C# version is too old for the generated code", "The project compiles C# {0}, and the code ConferenceGen generates needs C# 8 or later; nothing is generated. Set <LangVersion>8.0</LangVersion> (or later, such as latest) in the project file", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ExternalReferenceFailed = Create(
        "CG0017", "Reference to another file cannot be followed", "The reference '{0}' cannot be followed: {1}; {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor FragmentNotUsed = Create(
        "CG0018", "Spec fragment is used by no spec", "'{0}' has no 'openapi' or 'swagger' key, so it is taken for a part of a spec split over several files, but no spec refers to it; nothing is generated from it. Add the key if it is a spec, or remove the file", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ReferencePageIncomplete = Create(
        "CG0019", "Reference page lacks what a client needs", "'{0}' does not say {1}; {2}. Add {3} as front matter at the top of the page (between two lines '---'), or as metadata of its ConferenceGenSpec item", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MarkdownDocumentUnreadable = Create(
        "CG0020", "Markdown page's OpenAPI document cannot be read", "'{0}' holds an OpenAPI document at line {1} that cannot be read: {2}; nothing is generated from it. Save the page again with its line breaks, with the document in a fenced yaml or json block, or save the document as a .yaml or .json spec", DiagnosticSeverity.Warning);

    /// <summary>
    /// The line that stands for the occurrences of a warning beyond the first few of a spec. It keeps the warning's
    /// ID, so whatever silences the warning (NoWarn, a .globalconfig) silences its summary too.
    /// </summary>
    public static DiagnosticDescriptor SummaryOf(DiagnosticDescriptor warning) =>
        Create(warning.Id, warning.Title.ToString(CultureInfo.InvariantCulture), "{0} more {1} warnings in '{2}' are reported as info, the first of them here; set <ConferenceGenReportAllDiagnostics>true</ConferenceGenReportAllDiagnostics> in the project to report each as a warning", warning.DefaultSeverity);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: DiagnosticHelpLinks.For(id));
}
