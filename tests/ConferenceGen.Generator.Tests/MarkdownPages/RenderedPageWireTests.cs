using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.MarkdownPages;

/// <summary>
/// The vendors' pages as docs sites render them (seed 003, Twilio's operation in a renderer's layout; seed 004,
/// SignalWire's in Fern's, with the front matter its CG0019 asks for put before it at run time), read as markdown
/// specs, give clients that send every request example of the page with exactly the bytes the clients of the
/// hand-written specs/twilio.yaml and specs/signalwire.yaml send, and read the page's response example.
/// </summary>
public sealed class RenderedPageWireTests
{
    /// <summary>What seed 004's CG0019 asks for: its method, path, server, media type and credentials.</summary>
    public const string SignalWireFrontMatter = """
        ---
        method: POST
        path: /Accounts/{AccountSid}/Conferences/{Sid}
        server: https://{space}.signalwire.com/api/laml/2010-04-01
        mediaType: application/x-www-form-urlencoded
        auth: basic
        ---

        """;

    [SkippableFact]
    public async Task Every_request_example_of_the_rendered_twilio_page_goes_out_as_from_the_written_spec()
    {
        var page = SeedPages.Load(SeedPages.TwilioRendered, "/project/specs/twilio-update-conference.md");

        // The curl command's form data and the "Request example" JSON: the page's two request examples.
        var examples = new[] { CurlFormData(page.Text), JsonAfter(page.Text, "Request example") };
        Assert.All(examples, example => Assert.Equal(3, example.Count));
        var reply = JsonAfter(page.Text, "Response examples (200)").ToJsonString();

        await AssertSameBytes(page, GeneratorHarness.ProjectSpec("twilio.yaml"), "Tests.Twilio", root: "/", reply, ("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"), examples);
    }

    [SkippableFact]
    public async Task Every_request_example_of_the_fern_signalwire_page_goes_out_as_from_the_written_spec()
    {
        var page = SeedPages.Load(SeedPages.SignalWireFern, "/project/specs/signalwire-update.md", SignalWireFrontMatter.Replace("\r\n", "\n", StringComparison.Ordinal));

        // The page's one request example is SDK code: update("CF...", { Status: "completed" }).
        var call = Regex.Match(page.Text, @"\.update\(""[^""]*"",\s*\{\s*(\w+):\s*""([^""]*)""\s*\}\)");
        Assert.True(call.Success, "Seed 004 no longer holds its update(…) example.");
        var examples = new[] { new JsonObject { [call.Groups[1].Value] = call.Groups[2].Value } };
        var reply = NumberedJsonAfter(page.Text, "Response Example").ToJsonString();

        await AssertSameBytes(page, GeneratorHarness.ProjectSpec("signalwire.yaml"), "Tests.Signalwire", root: "/api/laml/2010-04-01", reply, ("b3877c40-da60-4998-90ad-b792e98472af", "b3877c40-da60-4998-90ad-b792e98472cf"), examples);
    }

    private static async Task AssertSameBytes(SpecFile page, SpecFile written, string writtenNamespace, string root, string reply, (string, string) ids, IReadOnlyList<JsonObject> examples)
    {
        var fromPage = page with { Metadata = new Dictionary<string, string> { ["Namespace"] = "Tests.FromPage" } };
        var result = GeneratorHarness.Run(fromPage, written);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
        using var assembly = LoadedAssembly.From(result.Output);

        foreach (var example in examples)
        {
            var expected = await Send(assembly, writtenNamespace, root, reply, ids, example);
            var actual = await Send(assembly, "Tests.FromPage", root, reply, ids, example);

            Assert.Equal(expected.Method, actual.Method);
            Assert.Equal(expected.Target, actual.Target);
            foreach (var header in new[] { "Authorization", "Content-Type", "Content-Length", "Accept" })
            {
                Assert.Equal(expected.Header(header), actual.Header(header));
            }

            Assert.Equal(expected.BodyText, actual.BodyText);
            Assert.Equal(expected.Body, actual.Body);
        }
    }

    /// <summary>
    /// Sends one example through the client of a namespace: the operation that takes a body, its fields set from the
    /// example (each converted to the property's type), its path parameters the ids; the reply is the page's example.
    /// </summary>
    private static async Task<RecordedRequest> Send(LoadedAssembly assembly, string ns, string root, string reply, (string First, string Second) ids, JsonObject example)
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, reply));
        using var http = new HttpClient();
        var types = assembly.Assembly.GetTypes().Where(t => t.Namespace == ns).ToList();
        var clientType = types.Single(t => t.Name.EndsWith("Client", StringComparison.Ordinal) && t.GetConstructors().Any(c => c.GetParameters().Length == 2));
        var options = (ApiClientOptions)Activator.CreateInstance(types.Single(t => t.Name == clientType.Name + "Options"))!;
        options.BaseAddress = new Uri(server.BaseAddress, root);
        foreach (var property in options.GetType().GetProperties().Where(p => p.PropertyType == typeof(BasicCredentials)))
        {
            property.SetValue(options, new BasicCredentials("project", "token"));
        }

        var client = Activator.CreateInstance(clientType, http, options)!;
        var method = clientType.GetMethods().Single(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && m.GetParameters().Any(p => p.ParameterType.Namespace == ns));
        var bodyType = method.GetParameters().Single(p => p.ParameterType.Namespace == ns).ParameterType;
        var body = Activator.CreateInstance(bodyType)!;
        foreach (var field in example)
        {
            var property = bodyType.GetProperties().Single(p => string.Equals(p.Name, field.Key, StringComparison.OrdinalIgnoreCase));
            property.SetValue(body, Convert(field.Value!.GetValue<string>(), Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType));
        }

        var pathValues = new Queue<string>(new[] { ids.First, ids.Second });
        var arguments = method.GetParameters().Select(p =>
            p.ParameterType == bodyType ? body
            : p.ParameterType == typeof(CancellationToken) ? CancellationToken.None
            : p.ParameterType == typeof(string) || p.ParameterType == typeof(Guid) ? Convert(pathValues.Dequeue(), p.ParameterType)
            : p.DefaultValue).ToArray();
        await (Task)method.Invoke(client, arguments)!;
        return server.SingleRequest();
    }

    private static object Convert(string text, Type type)
    {
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(Guid))
        {
            return Guid.Parse(text);
        }

        if (type == typeof(Uri))
        {
            return new Uri(text);
        }

        // A generated enum: the documented value of that text.
        return type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == type).Select(f => f.GetValue(null)!).Single(v => v.ToString() == text);
    }

    /// <summary>The fields of the curl command's form data (-d 'a=b&amp;c=d'), decoded.</summary>
    private static JsonObject CurlFormData(string page)
    {
        var data = Regex.Match(page, @"-d '([^']*)'");
        Assert.True(data.Success, "The page no longer holds its curl example.");
        var fields = new JsonObject();
        foreach (var pair in data.Groups[1].Value.Split('&'))
        {
            var parts = pair.Split('=', 2);
            fields[Uri.UnescapeDataString(parts[0])] = Uri.UnescapeDataString(parts[1].Replace('+', ' '));
        }

        return fields;
    }

    /// <summary>The JSON object that starts on the line after <paramref name="label"/>.</summary>
    private static JsonObject JsonAfter(string page, string label)
    {
        var at = page.IndexOf("\n" + label + "\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"The page no longer holds '{label}'.");
        var start = page.IndexOf('{', at);
        var end = Matching(page, start);
        return JsonNode.Parse(page[start..(end + 1)])!.AsObject();
    }

    /// <summary>The JSON after <paramref name="label"/> whose lines a code viewer numbered (1{, 2 "sid": …).</summary>
    private static JsonObject NumberedJsonAfter(string page, string label)
    {
        var at = page.IndexOf("\n" + label + "\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"The page no longer holds '{label}'.");
        var lines = page[at..].Split('\n').SkipWhile(line => !line.StartsWith("1{", StringComparison.Ordinal));
        var json = string.Join("\n", lines.TakeWhile(line => Regex.IsMatch(line, @"^[0-9]+")).Select(line => Regex.Replace(line, @"^[0-9]+", string.Empty)));
        return JsonNode.Parse(json)!.AsObject();
    }

    private static int Matching(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return text.Length - 1;
    }
}
