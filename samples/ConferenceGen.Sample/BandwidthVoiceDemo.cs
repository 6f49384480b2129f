using System;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Sample.BandwidthVoice;

namespace ConferenceGen.Sample;

/// <summary>Bandwidth Voice v2: redirect a conference to new BXML, then end it (seed 000).</summary>
internal sealed partial class BandwidthVoiceDemo : IVendorDemo
{
    public string Name => "bandwidth";

    public string Title => "Bandwidth Voice API v2: POST https://voice.bandwidth.com/api/v2/accounts/{accountId}/conferences/{conferenceId}";

    public string[] LiveVariables => ["BANDWIDTH_ACCOUNT_ID", "BANDWIDTH_USERNAME", "BANDWIDTH_PASSWORD", "BANDWIDTH_CONFERENCE_ID"];

    // Bandwidth answers an update with "HTTP/1.1 204" and no body.
    public (int Status, string? Json)? Answer(HttpListenerRequest request, string body) =>
        ConferencePath().IsMatch(request.Url!.AbsolutePath) && request.HttpMethod == "POST" ? (204, null) : null;

    public async Task RunAsync(HttpClient http, Uri? server)
    {
        var account = server is null ? Environment.GetEnvironmentVariable("BANDWIDTH_ACCOUNT_ID")! : "1111111";
        var conference = server is null ? Environment.GetEnvironmentVariable("BANDWIDTH_CONFERENCE_ID")! : "conf-abc12345-6def-abc1-2345-6defabc12345";
        var client = new BandwidthVoiceClient(http, new BandwidthVoiceClientOptions
        {
            BaseAddress = server,
            Basic = server is null
                ? new BasicCredentials(Environment.GetEnvironmentVariable("BANDWIDTH_USERNAME")!, Environment.GetEnvironmentVariable("BANDWIDTH_PASSWORD")!)
                : new BasicCredentials("username", "password"),
        });

        Console.WriteLine("- Redirect the conference to new BXML");
        await client.ModifyConferenceAsync(account, conference, new ModifyConferenceRequest
        {
            Status = ModifyConferenceRequestStatus.Active,
            RedirectUrl = new Uri("https://example.com/bxml/conference"),
            RedirectMethod = ModifyConferenceRequestRedirectMethod.Post,
        });
        Console.WriteLine("  = redirected (204 No Content)");

        Console.WriteLine("- End the conference");
        await client.ModifyConferenceAsync(account, conference, new ModifyConferenceRequest { Status = ModifyConferenceRequestStatus.Completed });
        Console.WriteLine("  = ended (204 No Content)");
    }

    [GeneratedRegex("^/api/v2/accounts/[^/]+/conferences/[^/]+$")]
    private static partial Regex ConferencePath();
}
