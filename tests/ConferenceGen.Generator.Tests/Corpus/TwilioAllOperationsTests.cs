using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Xunit.Abstractions;

namespace ConferenceGen.Generator.Tests.Corpus;

/// <summary>
/// Every operation of Twilio's 2010 API, called through the generated client against a socket on 127.0.0.1,
/// arrives with the method and the path that the spec's template gives (literal suffixes such as <c>.json</c>
/// included). The expected requests are computed from the spec's JSON, not from the generator's model.
/// </summary>
public sealed class TwilioAllOperationsTests
{
    private readonly ITestOutputHelper _output;

    public TwilioAllOperationsTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public async Task Every_operation_arrives_with_the_method_and_path_of_its_template()
    {
        var spec = CorpusSpecs.Load("twilio/twilio_api_v2010.json");
        var operations = Operations(spec.Text);
        Assert.Equal(197, operations.Count);

        var result = GeneratorHarness.Run(spec);
        using var generated = LoadedAssembly.From(result.Output);
        var clientType = generated.Type("Tests.TwilioApiV2010.TwilioApiV2010Client");
        var optionsType = generated.Type("Tests.TwilioApiV2010.TwilioApiV2010ClientOptions");

        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, "{}"));
        using var http = new HttpClient();
        var options = (ApiClientOptions)Activator.CreateInstance(optionsType)!;
        options.BaseAddress = server.BaseAddress;
        optionsType.GetProperty("AccountSidAuthToken")!.SetValue(options, new BasicCredentials("ACxxx", "token"));
        var client = Activator.CreateInstance(clientType, http, options)!;

        var checkedCount = 0;
        foreach (var operation in operations)
        {
            var method = clientType.GetMethod(Identifier.Pascal(operation.OperationId, "x") + "Async")
                ?? throw new Xunit.Sdk.XunitException($"No method for {operation.OperationId}.");
            var (arguments, expectedPath) = Arguments(method, operation);
            var before = server.Requests.Count;

            try
            {
                await (Task)method.Invoke(client, arguments)!;
            }
            catch (ApiException)
            {
                // The canned reply need not fit every operation: only the request is checked here.
            }

            var request = server.Requests.Skip(before).Single();
            Assert.True(operation.Method == request.Method, $"{operation.OperationId}: {request.Method} instead of {operation.Method}");
            Assert.True(expectedPath == request.Path, $"{operation.OperationId}: {request.Path} instead of {expectedPath}");
            Assert.Equal("Basic " + Convert.ToBase64String("ACxxx:token"u8.ToArray()), request.Header("Authorization"));
            checkedCount++;
        }

        _output.WriteLine($"{checkedCount} operations checked on the wire.");
        Assert.Equal(197, checkedCount);
    }

    [SkippableFact]
    public async Task Payload_data_returns_its_documented_307_reply()
    {
        var result = GeneratorHarness.Run(CorpusSpecs.Load("twilio/twilio_api_v2010.json"));
        using var generated = LoadedAssembly.From(result.Output);
        var clientType = generated.Type("Tests.TwilioApiV2010.TwilioApiV2010Client");
        var optionsType = generated.Type("Tests.TwilioApiV2010.TwilioApiV2010ClientOptions");

        // Twilio's example of the reply; without a Location header HttpClient does not follow it.
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(307, """{"redirect_to": "http://example.com"}""", "Temporary Redirect"));
        using var http = new HttpClient();
        var options = (ApiClientOptions)Activator.CreateInstance(optionsType)!;
        options.BaseAddress = server.BaseAddress;
        var client = Activator.CreateInstance(clientType, http, options)!;
        var fetch = clientType.GetMethod("FetchRecordingAddOnResultPayloadDataAsync")!;

        var data = await (dynamic)fetch.Invoke(client, ["AC1", "RE1", "XR1", "XH1", default(System.Threading.CancellationToken)])!;

        Assert.Equal(new Uri("http://example.com"), (Uri)data.RedirectTo);
        Assert.Equal("/2010-04-01/Accounts/AC1/Recordings/RE1/AddOnResults/XR1/Payloads/XH1/Data.json", server.SingleRequest().Path);
    }

    private static (object?[] Arguments, string Path) Arguments(MethodInfo method, Operation operation)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var path = operation.Path;
        var index = 0;
        foreach (var name in operation.PathParameters)
        {
            var value = "P" + index++ + "x";
            values[Identifier.Camel(name, "value")] = value;
            path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        var arguments = method.GetParameters().Select(parameter =>
        {
            if (values.TryGetValue(parameter.Name!, out var value))
            {
                return value;
            }

            if (parameter.HasDefaultValue)
            {
                return parameter.DefaultValue;
            }

            // A required query parameter or body: any value of its type will do.
            var type = parameter.ParameterType;
            return type == typeof(string) ? "q" : type.IsValueType ? Activator.CreateInstance(type) : Activator.CreateInstance(type, nonPublic: true);
        }).ToArray();
        return (arguments, path);
    }

    private sealed record Operation(string Path, string Method, string OperationId, IReadOnlyList<string> PathParameters);

    private static List<Operation> Operations(string json)
    {
        using var document = JsonDocument.Parse(json);
        var operations = new List<Operation>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var entry in path.Value.EnumerateObject())
            {
                if (entry.Name is "parameters" or "servers" or "description" or "summary" || entry.Name.StartsWith("x-", StringComparison.Ordinal))
                {
                    continue;
                }

                var pathParameters = entry.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).ToList()
                    : new List<string>();
                operations.Add(new Operation(path.Name, entry.Name.ToUpperInvariant(), entry.Value.GetProperty("operationId").GetString()!, pathParameters));
            }
        }

        return operations;
    }
}
