using System;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Web;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Sample.SignalWire;
using Pages = ConferenceGen.Sample.SignalWirePages;

namespace ConferenceGen.Sample;

/// <summary>
/// SignalWire's Twilio-compatible LaML API: announce into a conference, end it (seeds 002 and 004), then look it up
/// through a client generated straight from markdown pages (specs/signalwire-pages/*.md).
/// </summary>
internal sealed partial class SignalWireDemo : IVendorDemo
{
    // What the stand-in remembers of the conference between calls.
    private string _status = "in-progress";

    public string Name => "signalwire";

    public string Title => "SignalWire LaML API: POST https://{space}.signalwire.com/api/laml/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}";

    public string[] LiveVariables => ["SIGNALWIRE_SPACE", "SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_API_TOKEN", "SIGNALWIRE_CONFERENCE_SID"];

    public (int Status, string? Json)? Answer(HttpListenerRequest request, string body)
    {
        var match = ConferencePath().Match(request.Url!.AbsolutePath);
        if (!match.Success || request.HttpMethod is not ("POST" or "GET"))
        {
            return null;
        }

        if (request.HttpMethod == "POST")
        {
            _status = HttpUtility.ParseQueryString(body)["Status"] == "completed" ? "completed" : "in-progress";
        }

        var status = _status;
        var account = match.Groups["account"].Value;
        var sid = match.Groups["sid"].Value;
        var root = $"/api/laml/2010-04-01/Accounts/{account}/Conferences/{sid}";
        return (200, $$"""
            {"sid": "{{sid}}", "account_sid": "{{account}}", "date_created": "Mon, 24 Sept 2018 21:00:00 +0000",
             "date_updated": "Tue, 25 Sept 2018 20:00:00 +0000", "friendly_name": "My Conference Room", "status": "{{status}}",
             "api_version": "2010-04-01", "region": "us1", "uri": "{{root}}.json",
             "subresource_uris": {"participants": "{{root}}/Participants.json", "recordings": "{{root}}/Recordings.json"}
            }
            """);
    }

    public async Task RunAsync(HttpClient http, Uri? server)
    {
        var account = server is null ? Guid.Parse(Environment.GetEnvironmentVariable("SIGNALWIRE_PROJECT_ID")!) : Guid.Parse("b3877c40-da60-4998-90ad-b792e98472af");
        var conference = server is null ? Guid.Parse(Environment.GetEnvironmentVariable("SIGNALWIRE_CONFERENCE_SID")!) : Guid.Parse("b3877c40-da60-4998-90ad-b792e98472cf");
        var client = new SignalWireClient(http, new SignalWireClientOptions
        {
            // The Space fills the host of the real API; the embedded server stands in for https://example.signalwire.com.
            Space = server is null ? Environment.GetEnvironmentVariable("SIGNALWIRE_SPACE") : "example",
            BaseAddress = server is null ? null : new Uri(server, "api/laml/2010-04-01"),
            SignalWireBasicAuth = new BasicCredentials(account.ToString(), server is null ? Environment.GetEnvironmentVariable("SIGNALWIRE_API_TOKEN")! : "your-api-token"),
        });

        Console.WriteLine("- Announce into the conference");
        Print(await client.UpdateConferenceAsync(account, conference, new UpdateConferenceRequest
        {
            AnnounceUrl = new Uri("https://example.com/announcement.xml"),
            AnnounceMethod = UpdateConferenceRequestAnnounceMethod.Get,
        }));

        Console.WriteLine("- End the conference");
        Print(await client.UpdateConferenceAsync(account, conference, new UpdateConferenceRequest { Status = "completed" }));

        Console.WriteLine("- Look the conference up (client generated from specs/signalwire-pages/retrieve-conference.md)");
        var pages = new Pages.SignalWirePagesClient(http, new Pages.SignalWirePagesClientOptions
        {
            Space = server is null ? Environment.GetEnvironmentVariable("SIGNALWIRE_SPACE") : "example",
            BaseAddress = server is null ? null : new Uri(server, "api/laml/2010-04-01"),
            SignalWireBasicAuth = new BasicCredentials(account.ToString(), server is null ? Environment.GetEnvironmentVariable("SIGNALWIRE_API_TOKEN")! : "your-api-token"),
        });
        var found = await pages.RetrieveConferenceAsync(account, conference);
        Console.WriteLine($"  = {found.Sid} \"{found.FriendlyName}\" status={found.Status} (retrieved)");
    }

    private static void Print(ConferenceResponse conference) =>
        Console.WriteLine($"  = {conference.Sid} \"{conference.FriendlyName}\" status={conference.Status} created=\"{conference.DateCreated}\" participants={conference.SubresourceUris.Participants}");

    [GeneratedRegex("^/api/laml/2010-04-01/Accounts/(?<account>[^/]+)/Conferences/(?<sid>[^/]+)$")]
    private static partial Regex ConferencePath();
}
