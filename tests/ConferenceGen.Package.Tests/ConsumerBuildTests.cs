using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// Projects that add only the ConferenceGen package, restored from the packed package: one spec, several specs
/// (YAML and JSON, subfolders, a spec outside specs/, item metadata), a rebuild after a spec is edited, and the
/// ways of silencing a spec's warnings that docs/diagnostics.md gives. The README's and configuration's project file examples are taken from these projects.
/// </summary>
public sealed class ConsumerBuildTests : IClassFixture<PackageFeed>
{
    private const string EchoProgram = """
        using System.Net;
        using System.Text;
        using ConferenceGen.Runtime.Http;

        var handler = new EchoHandler();
        using var http = new HttpClient(handler);
        var client = new Consumer.Twilio.TwilioClient(http, new Consumer.Twilio.TwilioClientOptions { AccountSidAuthToken = new BasicCredentials("AC1", "secret") });
        var conference = await client.UpdateConferenceAsync("AC1", "CF1", new Consumer.Twilio.UpdateConferenceRequest { Status = "completed" });
        Console.WriteLine($"{handler.Seen} -> {conference.Status}");

        sealed class EchoHandler : HttpMessageHandler
        {
            public string Seen = "";

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Seen = $"{request.Method} {request.RequestUri} {request.Content!.Headers.ContentType} {await request.Content.ReadAsStringAsync(cancellationToken)}";
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"status\":\"completed\"}", Encoding.UTF8, "application/json") };
            }
        }
        """;

    private readonly PackageFeed _feed;

    public ConsumerBuildTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public async Task A_spec_in_the_specs_folder_becomes_a_client_with_one_package_reference()
    {
        var output = await RunTwilioConsumerAsync("one-spec", EchoProgram);

        Assert.Contains(
            "POST https://api.twilio.com/2010-04-01/Accounts/AC1/Conferences/CF1.json application/x-www-form-urlencoded Status=completed -> completed",
            output,
            System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_gets_the_client_interface_from_dependency_injection_and_calls_through_it()
    {
        var output = await RunTwilioConsumerAsync("client-interface", InterfaceProgram);

        Assert.Contains(
            "POST https://api.twilio.com/2010-04-01/Accounts/AC1/Conferences/CF1.json application/x-www-form-urlencoded Status=completed -> completed, from TwilioClient",
            output,
            System.StringComparison.Ordinal);
    }

    // A fresh consumer with specs/twilio.yaml and this program, built and run: what the program printed.
    private Task<string> RunTwilioConsumerAsync(string name, string program)
    {
        var consumer = _feed.NewConsumer(name);
        consumer.WriteProject();
        consumer.CopySpec("twilio.yaml", "specs/twilio.yaml");
        consumer.WriteFile("Program.cs", program);
        return BuildAndRunAsync(consumer);
    }

    // A service that takes ITwilioClient, resolved from the container that AddTwilioClient filled.
    private const string InterfaceProgram = """
        using System.Net;
        using System.Text;
        using ConferenceGen.Runtime.Http;
        using Consumer.Twilio;
        using Microsoft.Extensions.DependencyInjection;

        var handler = new EchoHandler();
        var services = new ServiceCollection();
        services.AddTwilioClient(options => options.AccountSidAuthToken = new BasicCredentials("AC1", "secret"))
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        services.AddTransient<ConferenceEnder>();
        using var provider = services.BuildServiceProvider();

        var ender = provider.GetRequiredService<ConferenceEnder>();
        var status = await ender.EndAsync("CF1");
        Console.WriteLine($"{handler.Seen} -> {status}, from {ender.ClientType}");

        sealed class ConferenceEnder(ITwilioClient twilio)
        {
            public string ClientType => twilio.GetType().Name;

            public async Task<string?> EndAsync(string conferenceSid) =>
                (await twilio.UpdateConferenceAsync("AC1", conferenceSid, new UpdateConferenceRequest { Status = "completed" })).Status?.ToString();
        }

        sealed class EchoHandler : HttpMessageHandler
        {
            public string Seen = "";

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Seen = $"{request.Method} {request.RequestUri} {request.Content!.Headers.ContentType} {await request.Content.ReadAsStringAsync(cancellationToken)}";
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"status\":\"completed\"}", Encoding.UTF8, "application/json") };
            }
        }
        """;

    // Two versions of one small API, in JSON: the second adds a query parameter and an operation.
    private const string EchoV1 = """
        {
          "openapi": "3.0.3",
          "info": {"title": "Echo", "version": "1"},
          "servers": [{"url": "https://echo.example.com/v1"}],
          "paths": {
            "/echo/{word}": {"get": {"operationId": "echo",
              "parameters": [{"name": "word", "in": "path", "required": true, "schema": {"type": "string"}}],
              "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Echo"}}}}}}}
          },
          "components": {"schemas": {"Echo": {"type": "object", "properties": {"word": {"type": "string"}}}}}
        }
        """;

    private const string EchoV2 = """
        {
          "openapi": "3.0.3",
          "info": {"title": "Echo", "version": "2"},
          "servers": [{"url": "https://echo.example.com/v2"}],
          "paths": {
            "/echo/{word}": {"get": {"operationId": "echo",
              "parameters": [{"name": "word", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "times", "in": "query", "schema": {"type": "integer"}}],
              "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Echo"}}}}}}},
            "/shout/{word}": {"post": {"operationId": "shout",
              "parameters": [{"name": "word", "in": "path", "required": true, "schema": {"type": "string"}}],
              "responses": {"204": {"description": "Shouted"}}}}
          },
          "components": {"schemas": {"Echo": {"type": "object", "properties": {"word": {"type": "string"}}}}}
        }
        """;

    private const string SeveralSpecsProgram = """
        using ConferenceGen.Runtime.Http;
        using Consumer.Twilio;   // $(RootNamespace).<spec file name>

        using var http = new HttpClient(new EchoHandler());
        var (accountSid, authToken, conferenceSid) = ("AC1", "secret", "CF1");

        var twilio = new TwilioClient(http, new TwilioClientOptions
        {
            AccountSidAuthToken = new BasicCredentials(accountSid, authToken),
        });

        Conference conference = await twilio.UpdateConferenceAsync(accountSid, conferenceSid,
            new UpdateConferenceRequest { Status = "completed" });
        Console.WriteLine($"twilio: {conference.Status}");

        var v1 = new Consumer.V1.Echo.EchoClient(http, new Consumer.V1.Echo.EchoClientOptions());
        var v2 = new Consumer.V2.Echo.EchoClient(http, new Consumer.V2.Echo.EchoClientOptions());
        Console.WriteLine($"v1: {(await v1.EchoAsync("one")).Word}");
        Console.WriteLine($"v2: {(await v2.EchoAsync("two", times: 2)).Word}");
        Console.WriteLine($"v2 methods: {string.Join(",", typeof(Consumer.V2.Echo.EchoClient).GetMethods().Select(m => m.Name).Where(n => n.EndsWith("Async")).Distinct().Order())}");

        var laml = typeof(Acme.Telephony.SignalWire.LamlClient);
        Console.WriteLine($"laml: {laml.Namespace}.{laml.Name} public={laml.IsPublic}");
        try
        {
            ConferenceGen.Runtime.Codecs.JsonCodec.Parse("\"paused\"", Acme.Telephony.SignalWire.ConferenceStatus.Codec);
        }
        catch (System.Text.Json.JsonException e)
        {
            Console.WriteLine($"strict: {e.Message}");
        }

        sealed class EchoHandler : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var word = request.RequestUri!.Segments[^1];
                var json = request.RequestUri.Host == "api.twilio.com" ? "{\"status\":\"completed\"}" : $"{{\"word\":\"{word} {request.RequestUri.PathAndQuery}\"}}";
                return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") });
            }
        }
        """;

    [Fact]
    public async Task Several_specs_in_yaml_and_json_in_subfolders_and_outside_build_together_with_their_metadata()
    {
        var consumer = _feed.NewConsumer("several-specs");
        consumer.WriteProject(extraItems: """
            <ConferenceGenSpec Include="../contracts/signalwire.yaml" Namespace="Acme.Telephony.SignalWire" ClientName="LamlClient" Visibility="internal" EnumMode="Strict" />
            <ConferenceGenSpec Update="specs/v2/echo.json" ExcludeOperations="shout" />
            <ConferenceGenSpec Update="specs/twilio.yaml" IncludePaths="/2010-04-01/Accounts/*/Conferences/**" />
            """,
            extraProperties: """
            <ConferenceGenEnumMode>Tolerant</ConferenceGenEnumMode>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            """);
        consumer.CopySpec("twilio.yaml", "specs/twilio.yaml");
        consumer.WriteFile("specs/v1/echo.json", EchoV1);
        consumer.WriteFile("specs/v2/echo.json", EchoV2);
        consumer.CopySpec("signalwire.yaml", "../contracts/signalwire.yaml");
        consumer.WriteFile("Program.cs", SeveralSpecsProgram);

        var output = await BuildAndRunAsync(consumer);

        Assert.Contains("twilio: completed", output, StringComparison.Ordinal);
        Assert.Contains("v1: one /v1/echo/one", output, StringComparison.Ordinal);
        Assert.Contains("v2: two /v2/echo/two?times=2", output, StringComparison.Ordinal);
        Assert.Contains("v2 methods: EchoAsync" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Contains("laml: Acme.Telephony.SignalWire.LamlClient public=False", output, StringComparison.Ordinal);
        Assert.Contains("strict: 'paused' is not a value the spec lists for ConferenceStatus.", output, StringComparison.Ordinal);

        // EmitCompilerGeneratedFiles writes the generated code where docs/configuration.md says it is.
        var generated = Path.Combine(consumer.Directory, "obj", "Release", "net10.0", "generated", "ConferenceGen.Generator", "ConferenceGen.Generator.Pipeline.ConferenceGenGenerator");
        Assert.True(File.Exists(Path.Combine(generated, "Consumer.Twilio.TwilioClient.g.cs")), string.Join("\n", Directory.GetFiles(consumer.Directory, "*.g.cs", SearchOption.AllDirectories)));
        Assert.True(File.Exists(Path.Combine(generated, "Acme.Telephony.SignalWire.LamlClient.UpdateConferenceAsync.g.cs")));
    }

    [Fact]
    public async Task Editing_a_spec_and_building_again_regenerates_the_client()
    {
        var consumer = _feed.NewConsumer("edit-spec");
        consumer.WriteProject();
        consumer.WriteFile("specs/echo.json", EchoV1);
        consumer.WriteFile("Program.cs", """
            var client = new Consumer.Echo.EchoClient(new HttpClient(), new Consumer.Echo.EchoClientOptions());
            Console.WriteLine(string.Join(",", typeof(Consumer.Echo.EchoClient).GetMethods().Select(m => m.Name).Where(n => n.EndsWith("Async")).Distinct().Order()));
            """);
        Assert.Contains("EchoAsync", await BuildAndRunAsync(consumer), StringComparison.Ordinal);

        // The edit adds an operation and a parameter; code that uses them compiles only if the client was regenerated.
        consumer.WriteFile("specs/echo.json", EchoV2);
        consumer.WriteFile("Program.cs", """
            var client = new Consumer.Echo.EchoClient(new HttpClient(), new Consumer.Echo.EchoClientOptions());
            Func<Task> uses = () => client.ShoutAsync("hi");
            Func<Task> usesToo = () => client.EchoAsync("hi", times: 3);
            Console.WriteLine(string.Join(",", typeof(Consumer.Echo.EchoClient).GetMethods().Select(m => m.Name).Where(n => n.EndsWith("Async")).Distinct().Order()));
            """);
        Assert.Contains("EchoAsync,ShoutAsync", await BuildAndRunAsync(consumer), StringComparison.Ordinal);
    }

    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\n";

    [Fact]
    public async Task A_warning_from_a_spec_is_silenced_by_the_spec_metadata_and_by_a_globalconfig_but_not_by_an_editorconfig()
    {
        var consumer = _feed.NewConsumer("silencing");
        // Seven security schemes ConferenceGen cannot send (CG0005), a path holding a query (CG0007), a reference to nothing (CG0004).
        consumer.WriteFile("specs/signed.yaml", Header + "paths: {}\ncomponents:\n  securitySchemes:\n"
            + string.Concat(Enumerable.Range(1, 7).Select(i => $"    signature{i}: {{type: http, scheme: signature}}\n")));
        consumer.WriteFile("specs/search.yaml", Header + "paths:\n  /search?type={kind}:\n    get: {responses: {'204': {description: OK}}}\n  /calls:\n    get: {responses: {'204': {description: OK}}}\n");
        consumer.WriteFile("specs/typo.yaml", Header + "paths:\n  /a:\n    get: {responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Adress'}}}}}}\n");
        consumer.WriteFile("Program.cs", "Console.WriteLine(typeof(Consumer.Signed.SignedClient).Name);");
        var warningsStayWarnings = "<TreatWarningsAsErrors>false</TreatWarningsAsErrors>";
        consumer.WriteProject(extraProperties: warningsStayWarnings);

        var unsilenced = await consumer.BuildAsync();

        Assert.True(unsilenced.ExitCode == 0, unsilenced.Output);
        Assert.Equal(6, WarningLines(unsilenced.Output, "CG0005").Count); // five, then the summary of the other two
        Assert.Contains(WarningLines(unsilenced.Output, "CG0005"), line => line.Contains("2 more CG0005 warnings in 'signed.yaml'", StringComparison.Ordinal));
        Assert.Single(WarningLines(unsilenced.Output, "CG0007"));
        Assert.Single(WarningLines(unsilenced.Output, "CG0004"));

        consumer.WriteProject(extraItems: """<ConferenceGenSpec Update="specs/signed.yaml" NoWarn="CG0005" />""", extraProperties: warningsStayWarnings);
        consumer.WriteFile(".globalconfig", "is_global = true\ndotnet_diagnostic.CG0007.severity = none\n");
        consumer.WriteFile(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.CG0004.severity = none\n\n[*.{yaml,yml,json}]\ndotnet_diagnostic.CG0004.severity = none\n\n[specs/**]\ndotnet_diagnostic.CG0004.severity = none\n");

        var silenced = await consumer.BuildAsync();

        Assert.True(silenced.ExitCode == 0, silenced.Output);
        Assert.Empty(WarningLines(silenced.Output, "CG0005"));
        Assert.Empty(WarningLines(silenced.Output, "CG0007"));
        Assert.Single(WarningLines(silenced.Output, "CG0004")); // located in the spec, out of reach of .editorconfig (dotnet/roslyn#31916)
    }

    /// <summary>The distinct warning lines of one ID: a minimal build prints each where it happens and again in its summary.</summary>
    private static List<string> WarningLines(string output, string id) =>
        output.Split('\n').Select(line => line.Trim()).Where(line => line.Contains(": warning " + id + ":", StringComparison.Ordinal)).Distinct().ToList();

    /// <summary>Builds the consumer and runs it; either failing fails the test with the tool's output.</summary>
    private static async Task<string> BuildAndRunAsync(ConsumerProject consumer)
    {
        var build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.Output);
        var run = await consumer.RunAsync();
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output;
    }
}
