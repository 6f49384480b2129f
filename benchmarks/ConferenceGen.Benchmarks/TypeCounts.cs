using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConferenceGen.Benchmarks;

/// <summary>
/// The types a folder of C# declares, counted from syntax alone (no compilation, so any tool's output can be
/// counted, even one that does not compile). A type with several partial declarations counts once. Two lines: the
/// types by C# kind, and ConferenceGen's types by what they are for, told apart by the runtime type each derives from.
/// The number of types is much of what a build of generated code pays for, so every change shows its effect on it.
/// </summary>
internal static class TypeCounts
{
    public static void Print(string directory)
    {
        var types = new Dictionary<string, DeclaredType>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), GeneratorRun.ParseOptions).GetRoot();
            foreach (var declaration in root.DescendantNodes().OfType<MemberDeclarationSyntax>())
            {
                if (Kind(declaration) is not { } kind)
                {
                    continue;
                }

                var name = FullName(declaration);
                if (!types.TryGetValue(name, out var type))
                {
                    types[name] = type = new DeclaredType(kind, declaration.Parent is BaseTypeDeclarationSyntax);
                }

                if (declaration is BaseTypeDeclarationSyntax { BaseList: { } bases })
                {
                    type.Bases.UnionWith(bases.Types.Select(b => SimpleName(b.Type)));
                }
            }
        }

        var byKind = types.Values.GroupBy(t => t.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        Console.WriteLine($"{types.Count} ({string.Join(", ", byKind.Select(g => $"{g.Key} {g.Count()}"))}; {types.Values.Count(t => t.Nested)} nested)");
        Console.WriteLine(ConferenceGenKinds(types));
    }

    /// <summary>
    /// "models N, enums N, …": a model derives from ApiModel, an enum from ApiEnum, a union from JsonUnion, options
    /// from ApiClientOptions, a JSON converter from JsonCodecConverter; a client interface extends IApiClient and a
    /// client implements one. Anything else (attributes, the DI extensions) is "other".
    /// </summary>
    private static string ConferenceGenKinds(Dictionary<string, DeclaredType> types)
    {
        var clientInterfaces = types.Where(t => t.Value.Kind == "interfaces" && t.Value.Bases.Contains("IApiClient"))
            .Select(t => SimpleName(t.Key)).ToHashSet(StringComparer.Ordinal);
        var roles = new[] { "models", "enums", "unions", "clients", "client interfaces", "options", "JSON converters", "other" };
        var counts = types.Values.Select(t => Role(t, clientInterfaces)).GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        return string.Join(", ", roles.Select(r => $"{r} {counts.GetValueOrDefault(r)}"));
    }

    private static string Role(DeclaredType type, HashSet<string> clientInterfaces) =>
        type.Bases switch
        {
            var b when b.Contains("ApiModel") => "models",
            var b when b.Contains("ApiEnum") => "enums",
            var b when b.Contains("JsonUnion") => "unions",
            var b when b.Contains("ApiClientOptions") => "options",
            var b when b.Contains("JsonCodecConverter") => "JSON converters",
            var b when type.Kind == "interfaces" && b.Contains("IApiClient") => "client interfaces",
            var b when type.Kind == "classes" && b.Overlaps(clientInterfaces) => "clients",
            _ => "other",
        };

    private static string? Kind(MemberDeclarationSyntax declaration) =>
        declaration switch
        {
            RecordDeclarationSyntax r when r.Kind() == SyntaxKind.RecordStructDeclaration => "record structs",
            RecordDeclarationSyntax => "records",
            ClassDeclarationSyntax => "classes",
            StructDeclarationSyntax => "structs",
            InterfaceDeclarationSyntax => "interfaces",
            EnumDeclarationSyntax => "enums",
            DelegateDeclarationSyntax => "delegates",
            _ => null,
        };

    /// <summary>Namespace, containing types, name and arity: what tells two types apart and joins partial declarations.</summary>
    private static string FullName(MemberDeclarationSyntax declaration)
    {
        var parts = new List<string>();
        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax type:
                    parts.Add(type.Identifier.Text + Arity(type));
                    break;
                case BaseNamespaceDeclarationSyntax space:
                    parts.Add(space.Name.ToString());
                    break;
            }
        }

        parts.Reverse();
        var own = declaration switch
        {
            BaseTypeDeclarationSyntax type => type.Identifier.Text + Arity(type),
            DelegateDeclarationSyntax d => d.Identifier.Text + (d.TypeParameterList is { } p ? "`" + p.Parameters.Count : ""),
            _ => throw new ArgumentException("not a type declaration", nameof(declaration)),
        };
        parts.Add(own);
        return string.Join(".", parts);
    }

    private static string Arity(BaseTypeDeclarationSyntax type) =>
        type is TypeDeclarationSyntax { TypeParameterList: { } list } ? "`" + list.Parameters.Count : "";

    /// <summary>The last name of a type reference without namespace or type arguments: <c>global::N.ApiEnum&lt;T, string&gt;</c> → ApiEnum.</summary>
    private static string SimpleName(TypeSyntax type) =>
        type switch
        {
            QualifiedNameSyntax q => SimpleName(q.Right),
            AliasQualifiedNameSyntax a => SimpleName(a.Name),
            SimpleNameSyntax s => s.Identifier.Text,
            _ => type.ToString(),
        };

    private static string SimpleName(string fullName) => fullName[(fullName.LastIndexOf('.') + 1)..].Split('`')[0];

    private sealed class DeclaredType(string kind, bool nested)
    {
        public string Kind { get; } = kind;

        public bool Nested { get; } = nested;

        public HashSet<string> Bases { get; } = new(StringComparer.Ordinal);
    }
}
