using System;
using System.Linq;
using System.Threading.Tasks;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// Consumers on every supported target, restored from the packed package: .NET Framework 4.6.2 and 4.8 (with the
/// reference assemblies package), a netstandard2.0 library, .NET 8 and .NET 10, each with the four vendor specs
/// and Twilio's whole 2010 API, warnings as errors. And the language versions: the C# 7.3 that .NET Framework and
/// netstandard2.0 default to is raised to 8 when the project sets none, C# 11+ on them gets the attributes of
/// <c>required</c> (unless PolySharp or the project has them), and an explicit C# 7.3 is error CG0016.
/// </summary>
public sealed class TargetFrameworkTests : IClassFixture<PackageFeed>
{
    /// <summary>Names every generated client, so the build compiles code that uses them. C# 7.3 syntax.</summary>
    private const string UsesEveryClient = """
        using System.Net.Http;
        using ConferenceGen.Runtime.Http;

        namespace Consumer
        {
            public static class Uses
            {
                public static object[] Clients(HttpClient http)
                {
                    return new object[]
                    {
                        new Consumer.Twilio.TwilioClient(http, new Consumer.Twilio.TwilioClientOptions { AccountSidAuthToken = new BasicCredentials("AC1", "secret") }),
                        new Consumer.Signalwire.SignalwireClient(http, new Consumer.Signalwire.SignalwireClientOptions { Space = "example" }),
                        new Consumer.BandwidthVoice.BandwidthVoiceClient(http, new Consumer.BandwidthVoice.BandwidthVoiceClientOptions()),
                        new Consumer.BandwidthCatapult.BandwidthCatapultClient(http, new Consumer.BandwidthCatapult.BandwidthCatapultClientOptions()),
                        new Consumer.TwilioApiV2010.TwilioApiV2010Client(http, new Consumer.TwilioApiV2010.TwilioApiV2010ClientOptions()),
                    };
                }
            }
        }
        """;

    // What a .NET Framework project needs to build on Linux or macOS (docs/getting-started.md shows it).
    private const string FrameworkReferenceAssemblies = """
        <PackageReference Include="Microsoft.NETFramework.ReferenceAssemblies" Version="1.0.3" PrivateAssets="all" />
        """;

    private readonly PackageFeed _feed;

    public TargetFrameworkTests(PackageFeed feed) => _feed = feed;

    [Theory]
    // .NET Framework and netstandard2.0 without a LangVersion: the package raises 7.3 to 8 and the output is C# 8.
    [InlineData("net462", "enable", "")]
    [InlineData("netstandard2.0", "disable", "")]
    // .NET Framework with the newest C#: required members, with the attributes ConferenceGen adds.
    [InlineData("net48", "enable", "<LangVersion>latest</LangVersion>")]
    [InlineData("net8.0", "enable", "")]
    [InlineData("net10.0", "disable", "")]
    public async Task The_vendor_specs_and_Twilio_2010_build_without_warnings(string targetFramework, string nullable, string langVersion)
    {
        var consumer = _feed.NewConsumer("target-" + targetFramework);
        var framework = targetFramework.StartsWith("net4", StringComparison.Ordinal);
        var modern = targetFramework.StartsWith("net1", StringComparison.Ordinal) || targetFramework.StartsWith("net8", StringComparison.Ordinal);
        consumer.WriteProject(
            extraItems: framework ? FrameworkReferenceAssemblies : string.Empty,
            extraProperties: langVersion + "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>",
            targetFramework: targetFramework,
            outputType: "Library",
            nullable: nullable,
            implicitUsings: modern ? "enable" : "disable");
        foreach (var spec in new[] { "twilio.yaml", "twilio-webhooks.yaml", "signalwire.yaml", "bandwidth-voice.yaml", "bandwidth-catapult.yaml" })
        {
            consumer.CopySpec(spec, "specs/" + spec);
        }

        consumer.CopyCorpusSpec("twilio/twilio_api_v2010.json", "specs/twilio_api_v2010.json");
        consumer.WriteFile("Uses.cs", UsesEveryClient);

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        BuildWarnings.AssertNone(build.Output);
        var generated = System.IO.Directory.GetFiles(consumer.Directory, "*.g.cs", System.IO.SearchOption.AllDirectories);
        // Twilio 2010 alone is some 460 files (its 112 http-method enums are one type): all specs were generated.
        Assert.True(generated.Length > 450, $"{generated.Length} generated files");
        var model = System.IO.File.ReadAllText(generated.Single(f => f.EndsWith("Consumer.Signalwire.ConferenceResponse.g.cs", StringComparison.Ordinal)));
        // The vendors' callbacks and webhooks: typed receivers on every target (C# 8 on .NET Framework and netstandard2.0).
        Assert.Contains(generated, f => f.EndsWith("Consumer.TwilioWebhooks.TwilioWebhooksClientWebhooks.g.cs", StringComparison.Ordinal));
        Assert.Contains(generated, f => f.EndsWith("Consumer.BandwidthCatapult.BandwidthCatapultClientWebhooks.g.cs", StringComparison.Ordinal));
        var polyfills = generated.Where(f => f.EndsWith("ConferenceGen.Polyfills.g.cs", StringComparison.Ordinal)).ToList();
        switch (targetFramework)
        {
            case "net462" or "netstandard2.0":
                // C# 8: a block namespace, no required members, no polyfills.
                Assert.Contains("namespace Consumer.Signalwire\n{", model, StringComparison.Ordinal);
                Assert.DoesNotContain(" required ", model, StringComparison.Ordinal);
                Assert.Empty(polyfills);
                break;
            case "net48":
                Assert.Contains("public required global::System.Guid Sid", model, StringComparison.Ordinal);
                Assert.Contains("internal sealed class RequiredMemberAttribute", System.IO.File.ReadAllText(Assert.Single(polyfills)), StringComparison.Ordinal);
                break;
            default:
                Assert.Contains("namespace Consumer.Signalwire;", model, StringComparison.Ordinal);
                Assert.Contains("public required global::System.Guid Sid", model, StringComparison.Ordinal);
                Assert.Empty(polyfills);
                break;
        }
    }

    // A model with required properties, for the polyfill consumers.
    private const string Devices = """
        openapi: 3.0.3
        info: {title: Devices, version: '1'}
        servers: [{url: 'https://devices.example.com'}]
        paths:
          /devices/{id}:
            get:
              operationId: getDevice
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Device'}}}}
        components:
          schemas:
            Device:
              type: object
              required: [id]
              properties:
                id: {type: string}
                label: {type: string}
        """;

    private const string UsesDevice = """
        namespace Consumer
        {
            public static class Uses
            {
                public static Consumer.Devices.Device Make() => new Consumer.Devices.Device { Id = "d1" };
            }
        }
        """;

    [Fact]
    public async Task With_PolySharp_its_attributes_are_used_and_none_are_added()
    {
        var consumer = _feed.NewConsumer("polysharp");
        consumer.WriteProject(
            extraItems: """<PackageReference Include="PolySharp" Version="1.16.0" PrivateAssets="all" />""",
            extraProperties: "<LangVersion>latest</LangVersion><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>",
            targetFramework: "netstandard2.0",
            outputType: "Library",
            implicitUsings: "disable");
        consumer.WriteFile("specs/devices.yaml", Devices);
        consumer.WriteFile("Uses.cs", UsesDevice);

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        BuildWarnings.AssertNone(build.Output);
        var generated = System.IO.Directory.GetFiles(consumer.Directory, "*.g.cs", System.IO.SearchOption.AllDirectories);
        Assert.DoesNotContain(generated, f => f.EndsWith("ConferenceGen.Polyfills.g.cs", StringComparison.Ordinal));
        Assert.Contains(generated, f => f.EndsWith("System.Runtime.CompilerServices.RequiredMemberAttribute.g.cs", StringComparison.Ordinal));
        Assert.Contains("public required string Id", System.IO.File.ReadAllText(generated.Single(f => f.EndsWith("Consumer.Devices.Device.g.cs", StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_that_defines_some_attributes_itself_gets_only_the_others()
    {
        var consumer = _feed.NewConsumer("own-attributes");
        consumer.WriteProject(
            extraItems: FrameworkReferenceAssemblies,
            extraProperties: "<LangVersion>latest</LangVersion><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>",
            targetFramework: "net48",
            outputType: "Library",
            implicitUsings: "disable");
        consumer.WriteFile("specs/devices.yaml", Devices);
        consumer.WriteFile("Uses.cs", UsesDevice);
        consumer.WriteFile("Polyfills.cs", """
            namespace System.Runtime.CompilerServices
            {
                internal static class IsExternalInit { }

                [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Struct | System.AttributeTargets.Field | System.AttributeTargets.Property, Inherited = false)]
                internal sealed class RequiredMemberAttribute : System.Attribute { }
            }

            namespace Consumer
            {
                public sealed class Settings
                {
                    public string Name { get; init; } = "";
                }
            }
            """);

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        BuildWarnings.AssertNone(build.Output);
        var polyfills = System.IO.File.ReadAllText(System.IO.Directory.GetFiles(consumer.Directory, "ConferenceGen.Polyfills.g.cs", System.IO.SearchOption.AllDirectories).Single());
        Assert.DoesNotContain("RequiredMemberAttribute", polyfills, StringComparison.Ordinal);
        Assert.Contains("internal sealed class CompilerFeatureRequiredAttribute", polyfills, StringComparison.Ordinal);
        Assert.Contains("internal sealed class SetsRequiredMembersAttribute", polyfills, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explicit_CSharp_7_3_is_error_CG0016_with_the_fix()
    {
        var consumer = _feed.NewConsumer("csharp73");
        consumer.WriteProject(
            extraItems: FrameworkReferenceAssemblies,
            extraProperties: "<LangVersion>7.3</LangVersion>",
            targetFramework: "net48",
            outputType: "Library",
            nullable: "disable",
            implicitUsings: "disable");
        consumer.WriteFile("specs/devices.yaml", Devices);

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode != 0, build.Output);
        var errors = build.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();
        var error = Assert.Single(errors);
        Assert.Contains("devices.yaml(1,1): error CG0016: The project compiles C# 7.3, and the code ConferenceGen generates needs C# 8 or later; nothing is generated. Set <LangVersion>8.0</LangVersion> (or later, such as latest) in the project file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("netstandard2.0")]
    [InlineData("net48")]
    public async Task A_library_registers_a_client_with_resilience_and_logs_with_its_own_LoggerMessage_methods(string targetFramework)
    {
        // What an integration library shared with a .NET Framework application does: dependency injection, the
        // default resilience, and logging of its own, whose [LoggerMessage] generator must be the only one (CS0757).
        var consumer = _feed.NewConsumer("di-" + targetFramework);
        consumer.WriteProject(
            extraItems: targetFramework.StartsWith("net4", StringComparison.Ordinal) ? FrameworkReferenceAssemblies : string.Empty,
            extraProperties: "<LangVersion>latest</LangVersion>",
            targetFramework: targetFramework,
            outputType: "Library",
            implicitUsings: "disable");
        consumer.WriteFile("specs/devices.yaml", Devices);
        consumer.WriteFile("Registration.cs", """
            using ConferenceGen.Runtime.DependencyInjection;
            using Consumer.Devices;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Logging;

            namespace Consumer;

            public static partial class Registration
            {
                public static IServiceCollection AddDevices(this IServiceCollection services)
                {
                    services.AddDevicesClient(options => { }, addStandardResilience: false).AddConferenceGenResilience(retryUnsafeRequests: true);
                    return services;
                }

                [LoggerMessage(Level = LogLevel.Information, Message = "Device {Id} registered")]
                public static partial void DeviceRegistered(ILogger logger, string id);
            }
            """);

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        BuildWarnings.AssertNone(build.Output);
    }
}
