using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ConferenceGen.Runtime.Http;
using Generated.Twilio;
using Twilio.Clients;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using HttpClient = System.Net.Http.HttpClient;

namespace ConferenceGen.CallBenchmarks;

/// <summary>
/// Ending a Twilio conference: the same request and the same reply bytes (Twilio's own example of an ended
/// conference) through an in-memory handler, so each column is the client's own cost per call.
/// </summary>
[MemoryDiagnoser]
public class CallBenchmarks
{
    private const string AccountSid = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string ConferenceSid = "CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static readonly byte[] Reply = Encoding.UTF8.GetBytes("""
        {"account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "api_version": "2010-04-01", "date_created": "Mon, 22 Aug 2011 20:58:45 +0000",
         "date_updated": "Mon, 22 Aug 2011 20:58:46 +0000", "friendly_name": null, "region": "us1", "sid": "CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
         "status": "completed", "subresource_uris": {"participants": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Participants.json",
         "recordings": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Recordings.json"},
         "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json",
         "reason_conference_ended": "conference-ended-via-api", "call_sid_ending_conference": null}
        """);

    private readonly UpdateConferenceRequest _end = new() { Status = "completed" };
    private TwilioClient _generated = null!;
    private HandWrittenTwilio _handWritten = null!;
    private TwilioRestClient _sdk = null!;

    [GlobalSetup]
    public void Setup() => Setup(record: false);

    /// <summary>
    /// Makes each call once through recording handlers and fails unless all three sent the same request and read
    /// the same conference, so the columns compare equal work.
    /// </summary>
    public async Task CheckSameWorkAsync()
    {
        var (generated, handWritten, sdk) = Setup(record: true);
        var fromGenerated = await ConferenceGen();
        var fromHandWritten = await HandWrittenHttpClient();
        var fromSdk = await TwilioSdk();
        if (generated.LastRequest != handWritten.LastRequest || !SameWithoutHeaders(sdk.LastRequest, handWritten.LastRequest))
        {
            throw new InvalidOperationException($"The clients sent different requests:\n{generated.LastRequest}\n{handWritten.LastRequest}\n{sdk.LastRequest}");
        }

        if (fromGenerated.Status != ConferenceStatus.Completed || fromHandWritten.Status != "completed" || fromSdk.Status != ConferenceResource.StatusEnum.Completed
            || fromGenerated.SubresourceUris?.Count != 2 || fromHandWritten.SubresourceUris?.Count != 2)
        {
            throw new InvalidOperationException("The clients read the reply differently.");
        }
    }

    // The SDK adds its own Authorization encoding and user agent; method, URI and body must still match.
    private static bool SameWithoutHeaders(string? a, string? b) =>
        a is not null && b is not null && a.Split(" | ")[0] == b.Split(" | ")[0] && a.Split(" | ")[^1] == b.Split(" | ")[^1];

    private (ReplayHandler Generated, ReplayHandler HandWritten, ReplayHandler Sdk) Setup(bool record)
    {
        var handlers = (new ReplayHandler(Reply, record), new ReplayHandler(Reply, record), new ReplayHandler(Reply, record));
        _generated = new TwilioClient(new HttpClient(handlers.Item1), new TwilioClientOptions { AccountSidAuthToken = new BasicCredentials(AccountSid, "token") });
        _handWritten = new HandWrittenTwilio(new HttpClient(handlers.Item2), AccountSid, "token");
        _sdk = new TwilioRestClient(AccountSid, "token", httpClient: new SystemNetHttpClient(new HttpClient(handlers.Item3)));
        return handlers;
    }

    [Benchmark(Baseline = true)]
    public Task<HandWrittenConference> HandWrittenHttpClient() => _handWritten.EndConferenceAsync(ConferenceSid, CancellationToken.None);

    [Benchmark]
    public Task<Conference> ConferenceGen() => _generated.UpdateConferenceAsync(AccountSid, ConferenceSid, _end);

    [Benchmark]
    public Task<ConferenceResource> TwilioSdk() =>
        ConferenceResource.UpdateAsync(pathSid: ConferenceSid, pathAccountSid: AccountSid, status: ConferenceResource.UpdateStatusEnum.Completed, client: _sdk);
}
