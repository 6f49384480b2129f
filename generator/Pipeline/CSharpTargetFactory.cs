using System;
using System.Linq;
using ConferenceGen.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>
/// Reads the <see cref="CSharpTarget"/> of a compilation: its language version, and whether the types and members
/// the modern output uses exist. Runs on every edit (the compilation changes), but looks up only a few types and
/// hands on booleans, so the steps after it stay cached.
/// </summary>
internal static class CSharpTargetFactory
{
    public const string RequiredMemberAttribute = "System.Runtime.CompilerServices.RequiredMemberAttribute";
    public const string CompilerFeatureRequiredAttribute = "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute";
    public const string SetsRequiredMembersAttribute = "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute";
    public const string NotNullWhenAttribute = "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute";

    /// <summary>The effective language version, as a number (703 for 7.3, 1200 for 12; preview is the largest).</summary>
    public static int LanguageVersionOf(ParseOptions options) =>
        options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : (int)LanguageVersion.CSharp8;

    /// <summary>What the compilation references, except the polyfills another generator will add.</summary>
    public static CompilationFacts FactsOf(Compilation compilation)
    {
        var argumentNull = compilation.GetTypeByMetadataName("System.ArgumentNullException");
        var httpMethod = compilation.GetTypeByMetadataName("System.Net.Http.HttpMethod");
        return new CompilationFacts(
            argumentNull is not null && argumentNull.GetMembers("ThrowIfNull").Any(m => m.DeclaredAccessibility == Accessibility.Public),
            // DateOnly, and the runtime build that reads it (a netstandard2.0 build of the runtime has DateCodec only).
            Accessible(compilation, "System.DateOnly") && compilation.GetTypeByMetadataName("ConferenceGen.Runtime.Codecs.DateOnlyCodec") is not null,
            httpMethod is null || httpMethod.GetMembers("Patch").Any(m => m.DeclaredAccessibility == Accessibility.Public),
            Accessible(compilation, RequiredMemberAttribute),
            Accessible(compilation, CompilerFeatureRequiredAttribute),
            Accessible(compilation, SetsRequiredMembersAttribute),
            Accessible(compilation, NotNullWhenAttribute));
    }

    /// <summary>
    /// The polyfills PolySharp generates in this compilation (a generator never sees another's output, so its MSBuild
    /// settings tell): every missing one, unless PolySharpIncludeGeneratedTypes lists others or PolySharpExcludeGeneratedTypes names it.
    /// </summary>
    public static PolySharpTypes PolySharpOf(AnalyzerConfigOptions global)
    {
        if (!global.TryGetValue("build_property.PolySharpExcludeGeneratedTypes", out var excluded))
        {
            return PolySharpTypes.None;
        }

        global.TryGetValue("build_property.PolySharpIncludeGeneratedTypes", out var included);
        bool Generates(string type) =>
            (string.IsNullOrWhiteSpace(included) || Names(included).Contains(type)) && !Names(excluded).Contains(type);
        return new PolySharpTypes(Generates(RequiredMemberAttribute), Generates(CompilerFeatureRequiredAttribute), Generates(SetsRequiredMembersAttribute));
    }

    public static CSharpTarget Create(int languageVersion, CompilationFacts facts, PolySharpTypes polySharp) => new(
        languageVersion,
        facts.HasThrowIfNull,
        facts.HasDateOnly,
        facts.HasHttpMethodPatch,
        facts.HasRequiredMemberAttribute || polySharp.RequiredMemberAttribute,
        facts.HasCompilerFeatureRequiredAttribute || polySharp.CompilerFeatureRequiredAttribute,
        facts.HasSetsRequiredMembersAttribute || polySharp.SetsRequiredMembersAttribute,
        facts.HasNotNullWhenAttribute);

    private static string[] Names(string? list) =>
        (list ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim()).ToArray();

    // Accessible from the consumer's code: its own type, a public one, or an internal one it may see; another
    // assembly's internal polyfill is not (and does not clash with one of ours).
    private static bool Accessible(Compilation compilation, string metadataName) =>
        compilation.GetTypesByMetadataName(metadataName).Any(type => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly));
}

/// <summary>The facts of a compilation that <see cref="CSharpTarget"/> needs, as an equatable value.</summary>
internal sealed record CompilationFacts(
    bool HasThrowIfNull,
    bool HasDateOnly,
    bool HasHttpMethodPatch,
    bool HasRequiredMemberAttribute,
    bool HasCompilerFeatureRequiredAttribute,
    bool HasSetsRequiredMembersAttribute,
    bool HasNotNullWhenAttribute);

/// <summary>Which of the attributes ConferenceGen may need PolySharp generates.</summary>
internal sealed record PolySharpTypes(bool RequiredMemberAttribute, bool CompilerFeatureRequiredAttribute, bool SetsRequiredMembersAttribute)
{
    public static readonly PolySharpTypes None = new(false, false, false);
}
