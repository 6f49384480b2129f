using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;

namespace ConferenceGen.Generator.Tests.MarkdownPages;

/// <summary>
/// The vendors' reference pages (seeds 000 and 001), read as markdown specs, give clients that send every example
/// of the page with exactly the bytes the clients of the hand-written specs/bandwidth-voice.yaml and
/// specs/bandwidth-catapult.yaml send: method, target, credentials, media type and body.
/// </summary>
public sealed class SeedPageWireTests
{
    [SkippableFact]
    public async Task Every_example_of_the_bandwidth_voice_page_goes_out_as_from_the_written_spec()
    {
        var page = SeedPages.Load(SeedPages.BandwidthVoice, "/project/specs/bandwidth-voice.md");

        // "Example 1 of 1: End a conference": the page's only curl example.
        Assert.Equal(1, ExampleCount(page));
        await AssertSameBytes(page, GeneratorHarness.ProjectSpec("bandwidth-voice.yaml"), "BandwidthVoiceClient", "ModifyConferenceRequest", 204, ("1111111", "conf-1"), """{"status" : "completed"}""");
    }

    [SkippableFact]
    public async Task Every_example_of_the_catapult_page_goes_out_as_from_the_written_spec()
    {
        var page = SeedPages.Load(SeedPages.Catapult, "/project/specs/bandwidth-catapult.md");

        // "Example 1 of 2: Terminate Conference" and "Example 2 of 2: Prevent all members from speaking"; the second
        // writes "mute": "true", and both clients send the documented boolean.
        Assert.Equal(2, ExampleCount(page));
        await AssertSameBytes(page, GeneratorHarness.ProjectSpec("bandwidth-catapult.yaml"), "BandwidthCatapultClient", "UpdateConferenceRequest", 200, ("u-abc123", "conf-1"), """{"state": "completed"}""", """{"mute": "true"}""");
    }

    private static int ExampleCount(SpecFile page) => page.Text.Split('\n').Count(line => line.StartsWith("### Example", StringComparison.Ordinal));

    private static async Task AssertSameBytes(SpecFile page, SpecFile written, string clientName, string bodyType, int status, (string, string) ids, params string[] examples)
    {
        var fromPage = page with { Metadata = new Dictionary<string, string> { ["Namespace"] = "Tests.FromPage" } };
        var result = GeneratorHarness.Run(fromPage, written);
        Assert.Empty(result.CompileProblems);
        using var assembly = LoadedAssembly.From(result.Output);
        var writtenNamespace = "Tests." + clientName.Substring(0, clientName.Length - "Client".Length);
        var writtenClient = new Generated(assembly, writtenNamespace);
        var pageClient = new Generated(assembly, "Tests.FromPage");

        foreach (var example in examples)
        {
            var expected = await Send(writtenClient, clientName, bodyType, status, ids, example);
            var actual = await Send(pageClient, clientName, bodyType, status, ids, example);

            Assert.Equal(expected.Method, actual.Method);
            Assert.Equal(expected.Target, actual.Target);
            foreach (var header in new[] { "Authorization", "Content-Type", "Content-Length" })
            {
                Assert.Equal(expected.Header(header), actual.Header(header));
            }

            Assert.Equal(expected.BodyText, actual.BodyText);
            Assert.Equal(expected.Body, actual.Body);
        }
    }

    /// <summary>Sends one example through a client: its body's fields set on the request model, each converted to the property's type.</summary>
    private static async Task<RecordedRequest> Send(Generated generated, string clientName, string bodyType, int status, (string First, string Second) ids, string example)
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(status));
        using var http = new HttpClient();
        var client = generated.Client(clientName, server, http, options => options.Basic = new BasicCredentials("token", "secret"));
        object body = generated.New(bodyType);
        foreach (var field in JsonNode.Parse(example)!.AsObject())
        {
            var property = body.GetType().GetProperties().Single(p => string.Equals(p.Name, field.Key, StringComparison.OrdinalIgnoreCase));
            property.SetValue(body, Convert(field.Value!, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType));
        }

        var method = ((object)client).GetType().GetMethods().Single(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && m.GetParameters().Any(p => p.ParameterType == body.GetType()));
        var arguments = new List<object?> { ids.First, ids.Second, body };
        arguments.AddRange(method.GetParameters().Skip(3).Select(p => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None : p.DefaultValue));
        await (Task)method.Invoke(client, arguments.ToArray())!;
        return server.SingleRequest();
    }

    private static object Convert(JsonNode value, Type type)
    {
        var text = value is JsonValue scalar && scalar.TryGetValue<string>(out var s) ? s : value.ToJsonString();
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(bool))
        {
            return bool.Parse(text);
        }

        if (type == typeof(Uri))
        {
            return new Uri(text);
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return System.Convert.ChangeType(long.Parse(text, System.Globalization.CultureInfo.InvariantCulture), type, System.Globalization.CultureInfo.InvariantCulture);
        }

        // A generated enum: the documented value of that text.
        return type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == type).Select(f => f.GetValue(null)!).Single(v => v.ToString() == text);
    }
}
