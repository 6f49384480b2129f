using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConferenceGen.Testing;

namespace ConferenceGen.Package.Tests;

/// <summary>
/// One small console program, built from the package for net48 and for net10.0, calls each vendor against a server
/// on 127.0.0.1: the net48 build runs under Mono (Debian's mono-runtime, which .ci/run installs) on the
/// netstandard2.0 runtime, the net10.0 build on .NET 10 and the net8.0 runtime. Both must send the same bytes and
/// read the replies alike.
/// </summary>
public sealed class MonoConsumerTests : IClassFixture<PackageFeed>
{
    // C# 7.3 syntax: the net48 build compiles it with the C# 8 the package picks for .NET Framework.
    private const string Program = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using ConferenceGen.Runtime.Http;

        namespace Consumer
        {
            public static class Program
            {
                public static async Task<int> Main(string[] args)
                {
                    var server = new Uri(args[0]);
                    using (var http = new HttpClient())
                    {
                        var twilio = new Consumer.Twilio.TwilioClient(http, new Consumer.Twilio.TwilioClientOptions { BaseAddress = server, AccountSidAuthToken = new BasicCredentials("ACaaaa", "token") });
                        var conference = await twilio.UpdateConferenceAsync("ACaaaa", "CFbbbb", new Consumer.Twilio.UpdateConferenceRequest
                        {
                            Status = "completed",
                            AnnounceUrl = new Uri("https://example.com/announce?voice=alice&text=caf\u00e9"),
                            AnnounceMethod = Consumer.Twilio.HttpMethodValue.Post,
                        });
                        Console.WriteLine("twilio: " + conference.Status + " " + conference.FriendlyName + " " + conference.DateCreated.GetValueOrDefault().ToString("o"));

                        var signalwire = new Consumer.Signalwire.SignalwireClient(http, new Consumer.Signalwire.SignalwireClientOptions { BaseAddress = server, SignalWireBasicAuth = new BasicCredentials("project", "token") });
                        var laml = await signalwire.UpdateConferenceAsync(Guid.Parse("b3877c40-da60-4998-90ad-b792e98472af"), Guid.Parse("b3877c40-da60-4998-90ad-b792e98472ca"),
                            new Consumer.Signalwire.UpdateConferenceRequest { Status = "completed" });
                        Console.WriteLine("signalwire: " + laml.Status + " " + laml.FriendlyName);

                        var voice = new Consumer.BandwidthVoice.BandwidthVoiceClient(http, new Consumer.BandwidthVoice.BandwidthVoiceClientOptions { BaseAddress = server, Basic = new BasicCredentials("user", "pass") });
                        await voice.ModifyConferenceAsync("9900000", "conf-fe23a767-a75a5b77-20c5-4cca-b581-cbbf0776eca9", new Consumer.BandwidthVoice.ModifyConferenceRequest
                        {
                            Status = Consumer.BandwidthVoice.ModifyConferenceRequestStatus.Active,
                            RedirectUrl = new Uri("https://example.com/bxml/conference"),
                            RedirectMethod = Consumer.BandwidthVoice.ModifyConferenceRequestRedirectMethod.Post,
                        });
                        Console.WriteLine("bandwidth-voice: done");

                        var catapult = new Consumer.BandwidthCatapult.BandwidthCatapultClient(http, new Consumer.BandwidthCatapult.BandwidthCatapultClientOptions { BaseAddress = server, Basic = new BasicCredentials("t-token", "secret") });
                        await catapult.UpdateConferenceAsync("u-user", "conf-1", new Consumer.BandwidthCatapult.UpdateConferenceRequest { Mute = true });
                        Console.WriteLine("catapult: done");

                        // Binary floating point in a query, a JSON body and a form: the text .NET gives, which .NET Framework's own formatting does not.
                        var readings = new Consumer.Readings.ReadingsClient(http, new Consumer.Readings.ReadingsClientOptions { BaseAddress = server });
                        var reading = new Consumer.Readings.Reading
                        {
                            Value = 1.0 / 3,
                            Ratio = 0.1f,
                            Values = new System.Collections.Generic.List<double> { 0.1, 0.6822871999174, 0.7999999999999999, 1e16, 1e17, 1234567890123456, 1e-5, 5e-324, -0.0, 100 },
                        };
                        var stored = await readings.SendReadingAsync(0.6822871999174, reading);
                        // Bits, not text: the platform's own number formatting differs, the values read must not.
                        Console.Write("readings read:");
                        foreach (var value in stored.Values ?? new System.Collections.Generic.List<double>())
                        {
                            Console.Write(" " + BitConverter.DoubleToInt64Bits(value).ToString("X16"));
                        }

                        Console.WriteLine(" " + BitConverter.DoubleToInt64Bits(stored.Value.GetValueOrDefault()).ToString("X16") + " " + BitConverter.ToInt32(BitConverter.GetBytes(stored.Ratio.GetValueOrDefault()), 0).ToString("X8"));
                        await readings.SendFormAsync(new Consumer.Readings.Reading { Value = 0.1 + 0.2, Ratio = 123.456f });
                        Console.WriteLine("readings: done");

                        // A path value "..": .NET sends %2E%2E inside its segment; where System.Uri would remove the segment, the runtime refuses.
                        try
                        {
                            await twilio.UpdateConferenceAsync("..", "CFbbbb");
                            Console.WriteLine("dot segment: sent");
                        }
                        catch (InvalidOperationException)
                        {
                            Console.WriteLine("dot segment: refused");
                        }
                    }

                    return 0;
                }
            }
        }
        """;

    private const string Readings = """
        openapi: 3.0.3
        info: {title: Readings, version: '1'}
        servers: [{url: 'https://readings.example.com'}]
        paths:
          /readings:
            post:
              operationId: sendReading
              parameters:
                - {name: threshold, in: query, required: true, schema: {type: number, format: double}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Reading'}
              responses:
                '200':
                  description: Stored
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Reading'}
          /forms:
            post:
              operationId: sendForm
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded:
                    schema: {$ref: '#/components/schemas/Reading'}
              responses:
                '204': {description: Stored}
        components:
          schemas:
            Reading:
              type: object
              properties:
                value: {type: number, format: double}
                ratio: {type: number, format: float}
                values: {type: array, items: {type: number}}
        """;

    // Values that .NET Framework's own parsing has been known to get wrong, and ones near the ends of the range.
    private const string ReadingReply = """{"value":0.6822871999174,"ratio":123.456,"values":[0.1,0.3333333333333333,0.7999999999999999,-0.0075,1E+17,1.7976931348623157E+308,2.2250738585072014E-308,5E-324,9007199254740993,0.30000000000000004,1.00000000000000011102230246251565404236316680908203125,123456789012345678901234567890]}""";

    private const string TwilioReply = """{"sid":"CFbbbb","status":"completed","friendly_name":"Caf\u00e9 room","date_created":"Mon, 08 Feb 2021 20:58:45 +0000"}""";

    private const string SignalWireReply = """{"sid":"b3877c40-da60-4998-90ad-b792e98472ca","account_sid":"b3877c40-da60-4998-90ad-b792e98472af","date_created":"Mon, 08 Feb 2021 20:58:45 +0000","date_updated":"Mon, 08 Feb 2021 20:58:45 +0000","friendly_name":"Room","status":"completed","api_version":"2010-04-01","region":"us1","uri":"/u","subresource_uris":{"participants":"/p","recordings":"/r"}}""";

    private readonly PackageFeed _feed;

    public MonoConsumerTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public async Task The_net48_build_under_Mono_sends_the_same_bytes_as_the_net10_build()
    {
        var mono = await ProcessRunner.RunAsync(_feed.WorkRoot, "mono", "--version");
        Assert.True(mono.ExitCode == 0, "mono is needed (apt-get install mono-runtime; .ci/run installs it): " + mono.Output);

        var consumer = _feed.NewConsumer("mono-console");
        consumer.WriteProject(
            extraItems: """<PackageReference Include="Microsoft.NETFramework.ReferenceAssemblies" Version="1.0.3" PrivateAssets="all" />""",
            extraProperties: "<TargetFrameworks>net48;net10.0</TargetFrameworks>",
            targetFramework: string.Empty,
            implicitUsings: "disable");
        foreach (var spec in new[] { "twilio.yaml", "signalwire.yaml", "bandwidth-voice.yaml", "bandwidth-catapult.yaml" })
        {
            consumer.CopySpec(spec, "specs/" + spec);
        }

        consumer.WriteFile("specs/readings.yaml", Readings);
        consumer.WriteFile("Program.cs", Program);
        var build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.Output);
        BuildWarnings.AssertNone(build.Output);

        var onDotNet = await RunAsync(consumer, "dotnet", "bin/Release/net10.0/Consumer.dll");
        var onMono = await RunAsync(consumer, "mono", "bin/Release/net48/Consumer.exe");

        // The same calls and replies, but for the path value "..", which Mono's System.Uri would send to another path.
        Assert.Equal(onDotNet.Output.Replace("dot segment: sent", "dot segment: refused"), onMono.Output);
        Assert.Contains("twilio: completed Café room 2021-02-08T20:58:45.0000000+00:00", onMono.Output, StringComparison.Ordinal);
        Assert.Contains("dot segment: refused", onMono.Output, StringComparison.Ordinal);
        Assert.Contains("readings read: 3FB999999999999A 3FD5555555555555 3FE9999999999999 BF7EB851EB851EB8 4376345785D8A000 7FEFFFFFFFFFFFFF 0010000000000000 0000000000000001 4340000000000000 3FD3333333333334 3FF0000000000000 45F8EE90FF6C373E 3FE5D54BF743FD1B 42F6E979", onMono.Output, StringComparison.Ordinal);
        Assert.Equal(7, onDotNet.Requests.Count);
        Assert.StartsWith("POST /2010-04-01/Accounts/%2E%2E/Conferences/CFbbbb.json HTTP/1.1", onDotNet.Requests[6], StringComparison.Ordinal);
        Assert.Equal(6, onMono.Requests.Count);
        // Byte for byte: the request line, every header ConferenceGen sets with its value and in its order, and the body.
        // Only where the platform's HTTP stack writes Host differs (.NET first, Mono's HttpWebRequest last).
        for (var i = 0; i < onMono.Requests.Count; i++)
        {
            Assert.True(WithoutHost(onDotNet.Requests[i]) == WithoutHost(onMono.Requests[i]), $"net10.0:\n{onDotNet.Requests[i]}\n\nnet48 on Mono:\n{onMono.Requests[i]}");
            Assert.Single(onMono.Requests[i].Split('\n'), line => line == "Host: 127.0.0.1:<port>");
            Assert.Single(onDotNet.Requests[i].Split('\n'), line => line == "Host: 127.0.0.1:<port>");
        }

        Assert.EndsWith("\n\nAnnounceMethod=POST&AnnounceUrl=https%3A%2F%2Fexample.com%2Fannounce%3Fvoice%3Dalice%26text%3Dcaf%C3%A9&Status=completed", onMono.Requests[0], StringComparison.Ordinal);
        Assert.EndsWith("\n\n{\"mute\":true}", onMono.Requests[3], StringComparison.Ordinal);
        Assert.StartsWith("POST /readings?threshold=0.6822871999174 HTTP/1.1", onMono.Requests[4], StringComparison.Ordinal);
        Assert.EndsWith("\n\n{\"value\":0.3333333333333333,\"ratio\":0.1,\"values\":[0.1,0.6822871999174,0.7999999999999999,10000000000000000,1E+17,1234567890123456,1E-05,5E-324,-0,100]}", onMono.Requests[4], StringComparison.Ordinal);
        Assert.EndsWith("\n\nvalue=0.30000000000000004&ratio=123.456", onMono.Requests[5], StringComparison.Ordinal);
    }

    /// <summary>Runs one build against a fresh loopback server; the requests as the server received them, in order.</summary>
    private static async Task<(string Output, List<string> Requests)> RunAsync(ConsumerProject consumer, string host, string program)
    {
        await using var server = new LoopbackHttpServer(request => request.Path switch
        {
            var p when p.EndsWith("/Conferences/CFbbbb.json", StringComparison.Ordinal) => ScriptedResponse.Json(200, TwilioReply),
            var p when p.Contains("b3877c40", StringComparison.Ordinal) => ScriptedResponse.Json(200, SignalWireReply),
            var p when p.StartsWith("/readings", StringComparison.Ordinal) => ScriptedResponse.Json(200, ReadingReply),
            var p when p.StartsWith("/api/v2/", StringComparison.Ordinal) || p == "/forms" => ScriptedResponse.Empty(204),
            _ => ScriptedResponse.Empty(200, "OK"),
        });
        var run = await ProcessRunner.RunAsync(consumer.Directory, host, program + " " + server.BaseAddress);
        Assert.True(run.ExitCode == 0, host + " " + program + ":\n" + run.Output);
        return (run.Output, server.Requests.Select(Describe).ToList());
    }

    private static string WithoutHost(string request) =>
        string.Join("\n", request.Split('\n').Where(line => !line.StartsWith("Host: ", StringComparison.Ordinal)));

    /// <summary>A request as it came: request line, headers in order (Host's port aside, which differs per server) and body.</summary>
    private static string Describe(RecordedRequest request)
    {
        var text = new StringBuilder().Append(request.Method).Append(' ').Append(request.Target).Append(' ').Append(request.Version).Append('\n');
        foreach (var header in request.Headers)
        {
            var value = header.Key.Equals("Host", StringComparison.OrdinalIgnoreCase) ? "127.0.0.1:<port>" : header.Value;
            text.Append(header.Key).Append(": ").Append(value).Append('\n');
        }

        return text.Append('\n').Append(Encoding.UTF8.GetString(request.Body)).ToString();
    }
}
