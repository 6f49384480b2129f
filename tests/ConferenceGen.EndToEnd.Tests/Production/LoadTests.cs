using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.Production;

/// <summary>One client instance under concurrent load: every call succeeds and connections stay bounded.</summary>
public sealed class LoadTests
{
    [Fact]
    public async Task A_thousand_concurrent_calls_on_one_client_all_succeed()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"status":"completed","sid":"CF1"}"""));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        var client = new TwilioClient(http, new TwilioClientOptions { BaseAddress = server.BaseAddress, AccountSidAuthToken = new BasicCredentials("AC1", "token") });

        var calls = Enumerable.Range(0, 1000).Select(i => client.UpdateConferenceAsync("AC1", "CF" + i, new UpdateConferenceRequest { Status = UpdateConferenceRequestStatus.Completed }));
        var results = await Task.WhenAll(calls);

        Assert.Equal(1000, results.Length);
        Assert.All(results, r => Assert.Equal(ConferenceStatus.Completed, r.Status));
        Assert.Equal(1000, server.Requests.Count);
        Assert.Equal(1000, server.Requests.Select(r => r.Path).Distinct().Count());
        Assert.InRange(server.ConnectionCount, 1, 64);
    }
}
