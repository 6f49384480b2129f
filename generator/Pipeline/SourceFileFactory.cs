using System;
using System.Threading;
using ConferenceGen.Generator.Reading.Bundling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>
/// Picks the YAML and JSON files of spec folders among the additional files: the specs (<c>ConferenceGenSpec</c>
/// metadata) and the files the package adds beside a spec from elsewhere (<c>ConferenceGenFragment</c>). Markdown
/// pages are not among them: they refer to no files.
/// </summary>
internal static class SourceFileFactory
{
    private const string ItemPrefix = "build_metadata.AdditionalFiles.";

    public static SourceFile? Create(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        var isSpec = IsTrue(options, "ConferenceGenSpec");
        if (!isSpec && !IsTrue(options, "ConferenceGenFragment"))
        {
            return null;
        }

        var format = (Value(options, "Format") ?? string.Empty).ToLowerInvariant();
        var isMarkdown = format == "markdown" || (format != "openapi" && (file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || file.Path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)));
        if (isMarkdown)
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new SourceFile(file.Path, text, Root(file.Path, options), isSpec, ReferenceScanner.Scan(text));
    }

    /// <summary>
    /// The folder references may not leave: <c>ConferenceGenRoot</c> as the package sets it; else the file's folder
    /// without its <c>ConferenceGenFolder</c> (specs/v1/api.yaml, folder v1/: specs/).
    /// </summary>
    internal static string Root(string path, AnalyzerConfigOptions options)
    {
        if (Value(options, "ConferenceGenRoot") is { } root)
        {
            return FolderPath.Normalize(root);
        }

        var folder = FolderPath.Folder(FolderPath.Normalize(path));
        var relative = FolderPath.Normalize(Value(options, "ConferenceGenFolder") ?? string.Empty);
        return relative.Length > 0 && folder.EndsWith("/" + relative, StringComparison.Ordinal)
            ? folder.Substring(0, folder.Length - relative.Length - 1)
            : folder;
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string name) =>
        string.Equals(Value(options, name), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Value(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(ItemPrefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
