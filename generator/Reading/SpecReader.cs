using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConferenceGen.Generator.Diagnostics;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using SharpYaml;
using SharpYaml.Serialization;

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

    // JSON may nest this deep; YAML stops at SharpYaml's parser limit of 64, which its YamlStream does not let us raise.
    private const int MaxDepth = 256;

    // Aliases expand into copies: enough for specs that reuse blocks through anchors thousands of times, and a
    // bound on "billion laughs" documents, which end in a diagnostic instead of exhausting memory.
    private const int MaxAliasExpansionNodes = 250_000;

    static SpecReader() => YamlConverter.MaxAliasExpansionNodeCount = MaxAliasExpansionNodes;

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

    /// <summary>Reads spec text: its tree (<see cref="Parse"/>), read as any tree is.</summary>
    public static OpenApiDocument? Read(string fileName, string text, bool isJson, DiagnosticList diagnostics) =>
        Parse(fileName, text, isJson, diagnostics) is { } root ? Read(fileName, root, diagnostics) : null;

    /// <summary>
    /// Parses spec text into a document tree; null when the file is empty or binary or has a syntax error, each
    /// reported at its place.
    /// </summary>
    public static JsonNode? Parse(string fileName, string text, bool isJson, DiagnosticList diagnostics)
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

        try
        {
            return ToTree(text, isJson);
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidDocument, SyntaxErrorLocation(e, diagnostics), fileName, e.Message);
            return null;
        }
    }

    /// <summary>
    /// Reads a document tree (a spec's text parsed, or the document a client's markdown pages merge into), repairing
    /// what it can.
    /// </summary>
    public static OpenApiDocument? Read(string fileName, JsonNode root, DiagnosticList diagnostics)
    {
        foreach (var repair in DocumentRepair.Apply(root))
        {
            if (repair.IsNullEntry)
            {
                // Leaving out a null list entry changes nothing the spec says.
                diagnostics.Add(DiagnosticDescriptors.RepairedContent, diagnostics.SourceMap.Locate(repair.Pointer), $"'{repair.Keyword}' lists a null entry", "it is left out");
                continue;
            }

            diagnostics.Add(
                DiagnosticDescriptors.InvalidContent,
                diagnostics.SourceMap.Locate(repair.Pointer),
                $"'{repair.Keyword}' must be {repair.Expected}, not '{repair.Value}'",
                "the value was ignored and the rest of the spec is generated");
        }

        foreach (var cycle in ReferenceRepair.Apply(root))
        {
            diagnostics.Add(DiagnosticDescriptors.UnresolvedReference, diagnostics.SourceMap.Locate(cycle.Pointer), $"#{cycle.Pointer} (a cycle of references: {cycle.Path})", DiagnosticDescriptors.TypedAsJsonElement);
        }

        // Found before OpenAPI.NET reads the tree, which keeps only the last segment of such a reference.
        var pointerReferences = PointerReferenceRepair.Find(root);

        ReadResult result;
        try
        {
            result = new OpenApiJsonReader().Read(root, SpecLocation, Settings());
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidDocument, diagnostics.SourceMap.FileStart, fileName, e.Message);
            return null;
        }

        var errors = result.Diagnostic?.Errors ?? Array.Empty<OpenApiError>();
        if (result.Document is null)
        {
            var reason = errors.Count > 0 ? string.Join("; ", errors.Select(e => e.Message)) : "the reader returned no document";
            diagnostics.Add(DiagnosticDescriptors.InvalidDocument, LocationOf(errors.FirstOrDefault(), diagnostics), fileName, reason);
            return null;
        }

        var isSwagger2 = root is JsonObject { } top && top.ContainsKey("swagger");
        foreach (var failure in PointerReferenceRepair.Apply(result.Document, pointerReferences, isSwagger2))
        {
            diagnostics.Add(DiagnosticDescriptors.UnresolvedReference, diagnostics.SourceMap.Locate(failure.Pointer), failure.Reference, failure.Consequence);
        }

        foreach (var error in errors.Take(MaxReportedReaderErrors))
        {
            if (DiscriminatorRule.Describe(error, result.Document) is { } discriminator)
            {
                diagnostics.Add(DiagnosticDescriptors.RepairedContent, LocationOf(error, diagnostics), discriminator.Problem, discriminator.Meaning);
                continue;
            }

            if (ReportedWhereUsed(error))
            {
                continue;
            }

            if (HandledMeaning(error) is { } meaning)
            {
                // Invalid by the letter of OpenAPI, but with one sensible meaning that the generated code gives it.
                diagnostics.Add(DiagnosticDescriptors.RepairedContent, LocationOf(error, diagnostics), error.Message.TrimEnd('.'), meaning);
                continue;
            }

            diagnostics.Add(DiagnosticDescriptors.InvalidContent, LocationOf(error, diagnostics), error.Message.TrimEnd('.'), "the value was ignored and the rest of the spec is generated");
        }

        return result.Document;
    }

    /// <summary>A response key that is no status: the operation's builder reports it (CG0003) with what it does, once.</summary>
    private static bool ReportedWhereUsed(OpenApiError error) =>
        error.Message?.StartsWith("Responses key must be", StringComparison.Ordinal) == true;

    /// <summary>What the generated code makes of reader errors that have one sensible meaning; null for real errors.</summary>
    private static string? HandledMeaning(OpenApiError error)
    {
        var message = error.Message ?? string.Empty;
        if (error.Pointer?.Contains("/variables/") == true && message.StartsWith("The field 'default' in", StringComparison.Ordinal))
        {
            return "the client options require a value for it";
        }

        if (message.StartsWith("Responses must contain at least one response", StringComparison.Ordinal))
        {
            return "any 2xx reply is taken as success without a body";
        }

        return null;
    }

    private static readonly Uri SpecLocation = new("file:///spec");

    private static OpenApiReaderSettings Settings() => new();

    /// <summary>The document as a JSON tree: System.Text.Json for JSON; SharpYaml and OpenAPI.NET's converter for YAML. Throws on a syntax error.</summary>
    internal static JsonNode ToTree(string text, bool isJson)
    {
        if (isJson)
        {
            var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth })
                ?? throw new FormatException("The document is empty (null).");
            Materialize(node);
            return node;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0)
        {
            throw new FormatException("The file holds no YAML document.");
        }

        return YamlConverter.ToJsonNode(stream.Documents[0]) ?? throw new FormatException("The YAML document is empty.");
    }

    // JsonNode builds an object's properties on first use, and only then finds a key written twice: that is made to
    // happen here, where it is a syntax error of the document, rather than somewhere in the model builder.
    internal static void Materialize(JsonNode? node)
    {
        try
        {
            switch (node)
            {
                case JsonObject map:
                    foreach (var property in map)
                    {
                        Materialize(property.Value);
                    }

                    break;
                case JsonArray list:
                    foreach (var item in list)
                    {
                        Materialize(item);
                    }

                    break;
            }
        }
        catch (ArgumentException duplicate) when (duplicate is not ArgumentNullException)
        {
            throw new FormatException("A key is written twice in one object: " + duplicate.Message, duplicate);
        }
    }

    private static Diagnostics.SpecLocation SyntaxErrorLocation(Exception error, DiagnosticList diagnostics) =>
        SyntaxErrorPosition(error) is { } at ? diagnostics.SourceMap.AtLine(at.Line, at.Column) : diagnostics.SourceMap.FileStart;

    /// <summary>The 0-based line and column a syntax error of <see cref="ToTree"/> names, when it names one.</summary>
    internal static (int Line, int Column)? SyntaxErrorPosition(Exception error) => error switch
    {
        JsonException { LineNumber: { } line } json => ((int)line, (int)(json.BytePositionInLine ?? 0)),
        YamlException yaml => (yaml.Start.Line, yaml.Start.Column),
        _ => null,
    };

    private static Diagnostics.SpecLocation LocationOf(OpenApiError? error, DiagnosticList diagnostics)
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
