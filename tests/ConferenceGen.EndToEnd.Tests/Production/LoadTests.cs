using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Xunit.Abstractions;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.Production;

/// <summary>One client instance under concurrent load: every call succeeds and connections stay bounded.</summary>
[Collection(LoadTests.RunsAlone)]
public sealed class LoadTests(ITestOutputHelper output)
{
    /// <summary>The heap is measured process-wide, so no other test may allocate while it runs.</summary>
    public const string RunsAlone = "Load tests run alone";

    [Fact]
    public async Task A_thousand_concurrent_calls_on_one_client_all_succeed()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"status":"completed","sid":"CF1"}"""));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        var client = new TwilioClient(http, new TwilioClientOptions { BaseAddress = server.BaseAddress, AccountSidAuthToken = new BasicCredentials("AC1", "token") });

        var calls = Enumerable.Range(0, 1000).Select(i => client.UpdateConferenceAsync("AC1", "CF" + i, new UpdateConferenceRequest { Status = "completed" }));
        var results = await Task.WhenAll(calls);

        Assert.Equal(1000, results.Length);
        Assert.All(results, r => Assert.Equal(ConferenceStatus.Completed, r.Status));
        Assert.Equal(1000, server.Requests.Count);
        Assert.Equal(1000, server.Requests.Select(r => r.Path).Distinct().Count());
        Assert.InRange(server.ConnectionCount, 1, 64);
    }

    [Fact]
    public async Task Many_thousand_calls_from_concurrent_workers_all_succeed_in_bounded_memory()
    {
        const int Workers = 25;
        const int CallsPerWorker = 200;
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"status":"completed","sid":"CF1","subresource_uris":{"participants":"/p.json"}}"""))
        {
            KeepRequests = false,
        };
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 });
        var client = new TwilioClient(http, new TwilioClientOptions { BaseAddress = server.BaseAddress, AccountSidAuthToken = new BasicCredentials("AC1", "token") });
        var end = new UpdateConferenceRequest { Status = "completed" };

        // A first round warms up connections and code, so that what is measured after is growth, not start-up.
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => client.UpdateConferenceAsync("AC1", "CF1", end)));
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var failures = 0;
        var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < CallsPerWorker; i++)
            {
                var conference = await client.UpdateConferenceAsync("AC1", $"CF{worker}x{i}", end);
                if (conference.Status != ConferenceStatus.Completed)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        await Task.WhenAll(workers);
        var after = GC.GetTotalMemory(forceFullCollection: true);

        output.WriteLine($"{Workers * CallsPerWorker} calls in {watch.Elapsed.TotalSeconds:F1} s over {server.ConnectionCount} connections; managed heap {before:N0} -> {after:N0} bytes");
        Assert.Equal(0, failures);
        Assert.Equal(Workers + (Workers * CallsPerWorker), server.RequestCount);
        Assert.InRange(server.ConnectionCount, 1, 16);

        // Nothing of the 5,000 calls stays reachable: a leak of even 1 KB per call would exceed this.
        Assert.InRange(after - before, long.MinValue, 2L << 20);
    }
}

/// <summary>Keeps the load tests out of parallel runs, so that heap growth is theirs alone.</summary>
[CollectionDefinition(LoadTests.RunsAlone, DisableParallelization = true)]
public sealed class LoadTestsRunAlone;
