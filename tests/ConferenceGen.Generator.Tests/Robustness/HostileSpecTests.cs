using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Testing;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Robustness;

/// <summary>
/// Spec text cannot inject code (hostile.yaml): comment terminators, quotes, backslashes, newlines before
/// <c>#error</c> or <c>}</c>, Unicode line separators and bidirectional controls, and C# keywords in every place
/// a spec puts text. The code compiles, and it sends and reads exactly what the spec says.
/// </summary>
public sealed class HostileSpecTests
{
    private const string Namespace = "Tests.Hostile";

    // Characters C# treats as line breaks, and the bidirectional controls of "Trojan Source" (CVE-2021-42574).
    private static readonly char[] Invisible = ['\u2028', '\u2029', '\u0085', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

    [Fact]
    public void The_generated_code_compiles_without_errors_or_warnings()
    {
        var result = GeneratorHarness.Run(Spec());

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
    }

    [Fact]
    public void No_spec_text_becomes_a_directive_a_declaration_or_an_invisible_character()
    {
        var result = GeneratorHarness.Run(Spec());

        foreach (var (name, text) in result.Sources)
        {
            var directives = Regex.Matches(text, @"^\s*#.*$", RegexOptions.Multiline).Select(m => m.Value.Trim()).Where(d => d != "#nullable enable");
            Assert.True(!directives.Any(), $"{name} has a directive from the spec: {string.Join(", ", directives)}");
            Assert.True(text.IndexOfAny(Invisible) < 0, $"{name} contains a raw line separator or bidirectional control.");
        }

        var declared = result.Output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>()).Select(t => t.Identifier.Text);
        Assert.DoesNotContain("Injected", declared);
        Assert.DoesNotContain("InjectedTitle", declared);
    }

    [Fact]
    public void Documentation_keeps_the_text_as_text()
    {
        var result = GeneratorHarness.Run(Spec());

        var model = result.Sources.Single(s => s.Key.EndsWith(".Hostile.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("&lt;summary&gt;*/", model, StringComparison.Ordinal);
        Assert.Contains("#error schema", model, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_enum_value_is_a_member_with_its_exact_text()
    {
        using var generated = Compile();
        var mood = generated.Type("HostileMood");

        var values = mood.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == mood)
            .Select(f => f.GetValue(null)!.ToString()!)
            .ToHashSet();
        Assert.Equal(new[] { "*/", "\"", "\\", "a\nb", "#error x", "}", "\u202E", "class", "\\u0041", "\u2028" }.ToHashSet(), values);
    }

    [Fact]
    public async Task The_request_goes_out_with_exactly_the_names_and_values_of_the_spec()
    {
        using var generated = Compile();
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, "{}"));
        using var http = new HttpClient();
        var client = generated.Client("HostileClient", server, http);
        var body = generated.New("Hostile");
        body.Quoted = "a\"b";
        body.BackSlash = "c\\d";
        body.Class = "e";
        body.NewLine = 5;
        body.Mood = generated.Static("HostileMood", "Class");
        var injected = (dynamic?)generated.Type("HostileMood").GetFields(BindingFlags.Public | BindingFlags.Static).Single(f => f.FieldType.Name == "HostileMood" && f.GetValue(null)!.ToString() == "a\nb").GetValue(null);

        await client.ClassAsync("id/\"*/", body, qUoteBackSlash: "v \\ \"", xOdd: "h", cancellationToken: System.Threading.CancellationToken.None);
        body.Mood = injected!;
        await client.ClassAsync("2", body, cancellationToken: System.Threading.CancellationToken.None);

        var requests = server.Requests.ToArray();
        Assert.Equal("/items/id%2F%22%2A%2F/%22*/%22?q%22uote%5Cback%20slash=v%20%5C%20%22", requests[0].Target);
        Assert.Equal("h", requests[0].Header("X-Odd'#$%&*+.^_`|~"));
        var sent = JsonNode.Parse(requests[0].BodyText)!.AsObject();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"\"quoted\"":"a\"b","back\\slash":"c\\d","class":"e","new\nline":5,"mood":"class"}"""), sent), requests[0].BodyText);
        Assert.Equal("a\nb", JsonNode.Parse(requests[1].BodyText)!["mood"]!.GetValue<string>());
    }

    [Fact]
    public void A_reply_with_the_hostile_names_is_read_into_the_right_properties()
    {
        using var generated = Compile();

        dynamic reply = generated.Parse("Hostile", """{"\"quoted\"":"q","back\\slash":"b","\u202Ebidi":"r","\u2028separator":true,"{interpolated}":"i","mood":"}"}""");

        Assert.Equal("q", (string)reply.Quoted);
        Assert.Equal("b", (string)reply.BackSlash);
        Assert.Equal("r", (string)reply.Bidi);
        Assert.True((bool)reply.Separator);
        Assert.Equal("i", (string)reply.Interpolated);
        Assert.Equal("}", reply.Mood.ToString());
    }

    [Fact]
    public void The_server_url_and_its_variable_are_used_as_written()
    {
        using var generated = Compile();
        using var http = new HttpClient();
        dynamic options = Activator.CreateInstance(generated.Type("HostileClientOptions"))!;

        dynamic client = Activator.CreateInstance(generated.Type("HostileClient"), http, options)!;

        Assert.Equal("https://api.example.com/v1/t%221%5C%2A%2F", (string)client.BaseAddress);
    }

    private static SpecFile Spec() =>
        new("/project/specs/hostile.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Robustness", "specs", "hostile.yaml")));

    private static Generated Compile() => new(LoadedAssembly.From(GeneratorHarness.Run(Spec()).Output), Namespace);
}
