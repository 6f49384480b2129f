using System;
using System.IO;
using System.Linq;
using System.Threading;
using ConferenceGen.Generator.Building;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Generator.Reading.Markdown;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>
/// Picks the additional files that are specs (the package marks them with <c>ConferenceGenSpec</c> metadata)
/// and resolves their settings: item metadata first, then project properties, then names from the file name;
/// and how their diagnostics are reported.
/// </summary>
internal static class SpecInputFactory
{
    private const string ItemPrefix = "build_metadata.AdditionalFiles.";
    private const string PropertyPrefix = "build_property.";

    public static SpecInput? Create(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!options.TryGetValue(ItemPrefix + "ConferenceGenSpec", out var marker) || !string.Equals(marker, "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var global = optionsProvider.GlobalOptions;
        var stem = Identifier.Pascal(Path.GetFileNameWithoutExtension(file.Path), "Api");

        // specs/v1/api.yaml and specs/v2/api.yaml land in ….V1.Api and ….V2.Api: two specs never share a namespace by default.
        var folder = string.Join(".", (Value(options, ItemPrefix + "ConferenceGenFolder") ?? string.Empty)
            .Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => Identifier.Pascal(segment, "Folder")));
        var relative = folder.Length == 0 ? stem : folder + "." + stem;
        var rootNamespace = Value(global, PropertyPrefix + "ConferenceGenNamespace") ?? Value(global, PropertyPrefix + "RootNamespace");
        var ns = Value(options, ItemPrefix + "Namespace") ?? (rootNamespace is null ? relative : rootNamespace + "." + relative);
        var clientName = Value(options, ItemPrefix + "ClientName") ?? stem + "Client";
        var visibility = (Value(options, ItemPrefix + "Visibility") ?? Value(global, PropertyPrefix + "ConferenceGenVisibility") ?? "public").ToLowerInvariant();
        var enumMode = (Value(options, ItemPrefix + "EnumMode") ?? Value(global, PropertyPrefix + "ConferenceGenEnumMode") ?? "tolerant").ToLowerInvariant();
        var signature = (Value(options, ItemPrefix + "WebhookSignature") ?? string.Empty).ToLowerInvariant() switch
        {
            "twilio" => WebhookSignatureScheme.Twilio,
            "signalwire" => WebhookSignatureScheme.SignalWire,
            "basic" or "bandwidth" => WebhookSignatureScheme.Basic,
            _ => WebhookSignatureScheme.None,
        };

        var format = (Value(options, ItemPrefix + "Format") ?? string.Empty).ToLowerInvariant();
        var isMarkdown = format == "markdown" || (format != "openapi" && IsMarkdownFile(file.Path));
        var page = isMarkdown
            ? new PageOrigin(Value(options, ItemPrefix + "ConferenceGenFolder") ?? string.Empty, rootNamespace, Value(options, ItemPrefix + "Namespace"), Value(options, ItemPrefix + "ClientName"), Request(options))
            : null;

        return new SpecInput(
            file.Path,
            text,
            new SpecSettings(
                SafeNamespace(ns, stem),
                SafeIdentifier(clientName, stem + "Client"),
                visibility == "internal" ? Visibility.Internal : Visibility.Public,
                List(options, "NextLinks"),
                enumMode == "strict",
                new OperationFilter(
                    List(options, "IncludeTags"),
                    List(options, "IncludePaths"),
                    List(options, "IncludeOperations"),
                    List(options, "ExcludeTags"),
                    List(options, "ExcludePaths"),
                    List(options, "ExcludeOperations")),
                signature),
            new DiagnosticPolicy(
                string.Equals(Value(global, PropertyPrefix + "ConferenceGenReportAllDiagnostics"), "true", StringComparison.OrdinalIgnoreCase),
                List(options, "NoWarn")),
            page);
    }

    /// <summary>A reference page's request as its metadata says it (Method, Path, Server, MediaType, Auth); null when none is set.</summary>
    private static PageRequest? Request(AnalyzerConfigOptions options)
    {
        var request = PageRequest.From(name => Value(options, ItemPrefix + char.ToUpperInvariant(name[0]) + name.Substring(1)));
        return request == PageRequest.None ? null : request;
    }

    private static bool IsMarkdownFile(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>A namespace made safe the way a spec's is (for the names of clients merged from pages).</summary>
    internal static string Namespace(string value, string fallback) => SafeNamespace(value, fallback);

    /// <summary>An identifier made safe the way a client name is.</summary>
    internal static string ClientName(string value, string fallback) => SafeIdentifier(value, fallback);

    /// <summary>A list in item metadata, separated by semicolons or commas.</summary>
    private static EquatableArray<string> List(AnalyzerConfigOptions options, string name) =>
        (Value(options, ItemPrefix + name) ?? string.Empty)
            .Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(item => item.Trim())
            .Where(item => item.Length > 0)
            .ToEquatableArray();

    private static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>A namespace whose every segment is a valid identifier, so no setting can inject code.</summary>
    private static string SafeNamespace(string value, string fallback)
    {
        var segments = value.Split('.').Select(s => SafeIdentifier(s.Trim(), string.Empty)).Where(s => s.Length > 0).ToArray();
        return segments.Length == 0 ? fallback : string.Join(".", segments);
    }

    private static string SafeIdentifier(string value, string fallback) =>
        SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None
            ? value
            : Identifier.Pascal(value, fallback);
}
