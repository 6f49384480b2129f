using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConferenceGen.Testing.Documentation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ConferenceGen.Generator.Tests.Documentation;

/// <summary>
/// The C# examples of one page that a reader would paste into one Program.cs: an example and those before it in its
/// section and in the sections around it (an example under a `##` heading sees the examples above it there, and
/// those at the top of the page; not those of another `##` or `###` section). They become one file of the
/// compilation: their using directives at the top, their statements in order in one method, their types beside it,
/// each under a #line directive so that every diagnostic names the page and the line it is on.
/// </summary>
internal sealed class ExampleProgram
{
    private ExampleProgram(FencedBlock last, IReadOnlyList<FencedBlock> blocks)
    {
        Last = last;
        Blocks = blocks;
    }

    /// <summary>The example whose program this is (the last of <see cref="Blocks"/>).</summary>
    public FencedBlock Last { get; }

    public IReadOnlyList<FencedBlock> Blocks { get; }

    /// <summary>
    /// The programs of a page: one for each example that no later example sees, so each example is compiled with
    /// everything a reader would have pasted after it as well.
    /// </summary>
    public static IEnumerable<ExampleProgram> Of(DocumentationPage page)
    {
        var examples = page.Blocks.Where(b => b.Kind == BlockKind.CSharp).ToList();
        IReadOnlyList<FencedBlock> Visible(int index) => examples.Take(index + 1).Where(b => b.Section.Encloses(examples[index].Section)).ToList();
        return examples.Select((block, index) => (block, index))
            .Where(e => !examples.Skip(e.index + 1).Any(later => e.block.Section.Encloses(later.Section)))
            .Select(e => new ExampleProgram(e.block, Visible(e.index)));
    }

    /// <summary>The diagnostics of the examples as written, before they are put together (a fragment that is no C#).</summary>
    public IEnumerable<ExampleProblem> SyntaxProblems() =>
        Blocks.SelectMany(block => Parse(block).GetDiagnostics().Select(d => ExampleProblem.Of(d, block.Page, block.FirstLine + d.Location.GetLineSpan().StartLinePosition.Line)));

    public SyntaxTree ToSyntaxTree(int number)
    {
        var parsed = Blocks.Select(block => (Block: block, Root: (CompilationUnitSyntax)Parse(block).GetRoot())).ToList();
        var text = new StringBuilder();
        var seenUsings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (block, root) in parsed)
        {
            var usings = root.Usings.Where(u => seenUsings.Add(u.WithoutTrivia().ToString())).Select(u => u.Span);
            text.Append(Mapped(block, Keep(block.Text, usings)));
        }

        var awaits = parsed.SelectMany(p => p.Root.Members.OfType<GlobalStatementSyntax>()).Any(s => s.DescendantTokens().Any(t => t.IsKind(SyntaxKind.AwaitKeyword)));
        text.Append("#line default\n")
            .Append($"namespace ConferenceGenExamples.Program{number}\n{{\n")
            .Append("internal static class Program\n{\n")
            .Append(awaits ? "internal static async Task Run(string[] args)\n{\n" : "internal static void Run(string[] args)\n{\n");
        foreach (var (block, root) in parsed)
        {
            text.Append(Mapped(block, Keep(block.Text, root.Members.OfType<GlobalStatementSyntax>().Select(s => s.Span))));
        }

        text.Append("#line default\n}\n}\n");
        foreach (var (block, root) in parsed)
        {
            var types = root.Members.Where(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax).Select(m => m.Span);
            text.Append(Mapped(block, Keep(block.Text, types)));
        }

        text.Append("#line default\n}\n");
        return CSharpSyntaxTree.ParseText(text.ToString(), ExampleProject.ParseOptions, path: $"Examples/{Last.Page}.{Last.FenceLine}.cs", encoding: Encoding.UTF8);
    }

    /// <summary>Parts of the examples that no program can hold (a namespace declaration, a property on its own).</summary>
    public IEnumerable<ExampleProblem> Unsupported() =>
        Blocks.SelectMany(block => ((CompilationUnitSyntax)Parse(block).GetRoot()).Members
            .Where(m => m is not (GlobalStatementSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax))
            .Select(m => new ExampleProblem(block.Page, block.FirstLine + m.GetLocation().GetLineSpan().StartLinePosition.Line, m.GetLocation().GetLineSpan().StartLinePosition.Character + 1, "error", "EXAMPLE", $"a {m.Kind()} cannot be part of a program: a statement, a type or a using directive can")));

    private static SyntaxTree Parse(FencedBlock block) => CSharpSyntaxTree.ParseText(block.Text, ExampleProject.ParseOptions);

    // The block's text with everything outside the spans turned into spaces (line breaks kept), so lines and columns stay the page's.
    private static string Keep(string text, IEnumerable<TextSpan> spans)
    {
        var kept = new char[text.Length];
        Array.Fill(kept, ' ');
        foreach (var span in spans)
        {
            text.CopyTo(span.Start, kept, span.Start, span.Length);
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                kept[i] = '\n';
            }
        }

        return new string(kept);
    }

    private static string Mapped(FencedBlock block, string text) => $"#line {block.FirstLine} \"{block.Page}\"\n{text}";
}
