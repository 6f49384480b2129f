using System;
using System.Linq;
using System.Text.RegularExpressions;
using ConferenceGen.Generator.Diagnostics;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// Reads spec text into an OpenAPI.NET document, turning everything that goes wrong into diagnostics with
/// places in the file. Never throws: a spec is user input, and an exception would cost the user every
/// generated file of the compilation.
/// </summary>
internal static class SpecReader
{
    private const int MaxReportedReaderErrors = 50;
    private static readonly Regex PointerInMessage = new(@" at (#/\S*)", RegexOptions.CultureInvariant);
    private static readonly Regex LineInMessage = new(@"at line (\d+), column (\d+)", RegexOptions.CultureInvariant);

    public static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c is '{' or '[';
            }
        }

        return false;
    }

    public static OpenApiDocument? Read(string fileName, string text, bool isJson, DiagnosticList diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(DiagnosticDescriptors.UnreadableFile, diagnostics.SourceMap.FileStart, fileName, "the file is empty");
            return null;
        }

        if (text.IndexOf('\0') >= 0)
        {
            diagnostics.Add(DiagnosticDescriptors.UnreadableFile, diagnostics.SourceMap.FileStart, fileName, "the file is binary, not text");
            return null;
        }

        ReadResult result;
        try
        {
            result = Parse(text, isJson);
        }
        catch (Exception first)
        {
            var repairs = diagnostics.SourceMap.Root is { } root ? ScalarRepair.Find(root) : new();
            if (repairs.Count == 0)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidDocument, diagnostics.SourceMap.FileStart, fileName, first.Message);
                return null;
            }

            foreach (var repair in repairs)
            {
                diagnostics.Add(
                    DiagnosticDescriptors.InvalidContent,
                    diagnostics.SourceMap.At(repair.Value),
                    $"'{repair.Keyword}' must be {repair.Expected}, not '{repair.Value.Scalar}'");
            }

            try
            {
                result = Parse(ScalarRepair.Apply(text, repairs), isJson);
            }
            catch (Exception second)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidDocument, diagnostics.SourceMap.FileStart, fileName, second.Message);
                return null;
            }
        }

        var errors = result.Diagnostic?.Errors ?? Array.Empty<OpenApiError>();
        if (result.Document is null)
        {
            var reason = errors.Count > 0 ? string.Join("; ", errors.Select(e => e.Message)) : "the reader returned no document";
            diagnostics.Add(DiagnosticDescriptors.InvalidDocument, LocationOf(errors.FirstOrDefault(), diagnostics), fileName, reason);
            return null;
        }

        foreach (var error in errors.Take(MaxReportedReaderErrors))
        {
            if (IsServerVariableWithoutDefault(error))
            {
                // Handled, not ignored: such a variable becomes a required client option.
                diagnostics.Add(DiagnosticDescriptors.ReaderWarning, LocationOf(error, diagnostics), error.Message.TrimEnd('.') + "; the client options require a value for it");
                continue;
            }

            diagnostics.Add(DiagnosticDescriptors.InvalidContent, LocationOf(error, diagnostics), error.Message.TrimEnd('.'));
        }

        return result.Document;
    }

    private static bool IsServerVariableWithoutDefault(OpenApiError error) =>
        error.Pointer?.Contains("/variables/") == true && error.Message?.StartsWith("The field 'default' in", StringComparison.Ordinal) == true;

    private static ReadResult Parse(string text, bool isJson)
    {
        var settings = new OpenApiReaderSettings();
        if (!isJson)
        {
            settings.AddYamlReader();
        }

        return OpenApiDocument.Parse(text, isJson ? OpenApiConstants.Json : OpenApiConstants.Yaml, settings);
    }

    private static Model.SpecLocation LocationOf(OpenApiError? error, DiagnosticList diagnostics)
    {
        if (error is null)
        {
            return diagnostics.SourceMap.FileStart;
        }

        if (error.Message is { } text && LineInMessage.Match(text) is { Success: true } position)
        {
            return diagnostics.SourceMap.AtLine(int.Parse(position.Groups[1].Value) - 1, int.Parse(position.Groups[2].Value) - 1);
        }

        var pointer = error.Pointer;
        if (string.IsNullOrEmpty(pointer) && error.Message is { } message && PointerInMessage.Match(message) is { Success: true } match)
        {
            pointer = match.Groups[1].Value;
        }

        return diagnostics.SourceMap.Locate(pointer);
    }
}
