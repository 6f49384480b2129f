using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Web;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Runtime.Webhooks;
using ConferenceGen.Sample.Twilio;

namespace ConferenceGen.Sample;

/// <summary>Twilio: announce into a conference, end it, and receive its signed status callback (seed 003).</summary>
internal sealed partial class TwilioDemo : IVendorDemo
{
    // Where the embedded Twilio sends the conference's status callbacks, once the sample listens for them.
    private Uri? _statusCallback;

    public string Name => "twilio";

    public string Title => "Twilio REST API: POST /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json";

    public string[] LiveVariables => ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_CONFERENCE_SID"];

    public (int Status, string? Json)? Answer(HttpListenerRequest request, string body)
    {
        var match = ConferencePath().Match(request.Url!.AbsolutePath);
        if (!match.Success || request.HttpMethod != "POST")
        {
            return null;
        }

        var form = HttpUtility.ParseQueryString(body);
        var ended = form["Status"] == "completed";
        var account = match.Groups["account"].Value;
        var sid = match.Groups["sid"].Value;
        if (ended && _statusCallback is { } callback)
        {
            // As Twilio does: once the conference has ended, a conference-end event to its StatusCallback URL.
            _ = Task.Run(() => SendStatusCallbackAsync(callback, account, sid));
        }

        return (200, $$"""
            {
              "account_sid": "{{account}}",
              "api_version": "2010-04-01",
              "date_created": "Mon, 08 Feb 2021 20:58:45 +0000",
              "date_updated": "{{DateTimeOffset.UtcNow.ToString("r").Replace("GMT", "+0000", StringComparison.Ordinal)}}",
              "friendly_name": "MyRoom",
              "region": "us1",
              "sid": "{{sid}}",
              "status": "{{(ended ? "completed" : "in-progress")}}",
              "subresource_uris": {
                "participants": "/2010-04-01/Accounts/{{account}}/Conferences/{{sid}}/Participants.json",
                "recordings": "/2010-04-01/Accounts/{{account}}/Conferences/{{sid}}/Recordings.json"
              },
              "uri": "/2010-04-01/Accounts/{{account}}/Conferences/{{sid}}.json",
              "reason_conference_ended": {{(ended ? "\"conference-ended-via-api\"" : "null")}},
              "call_sid_ending_conference": null
            }
            """);
    }

    public async Task RunAsync(HttpClient http, Uri? server)
    {
        var account = server is null ? Environment.GetEnvironmentVariable("TWILIO_ACCOUNT_SID")! : "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        var token = server is null ? Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN")! : "your_auth_token";
        var conference = server is null ? Environment.GetEnvironmentVariable("TWILIO_CONFERENCE_SID")! : "CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
        // The interface, as application code takes it (its tests pass a fake).
        ITwilioClient client = new TwilioClient(http, new TwilioClientOptions
        {
            BaseAddress = server,
            AccountSidAuthToken = new BasicCredentials(account, token),
        });

        Console.WriteLine("- Announce into the conference");
        var announced = await client.UpdateConferenceAsync(account, conference, new UpdateConferenceRequest
        {
            AnnounceUrl = new Uri("https://example.com/announcement.xml"),
            AnnounceMethod = HttpMethodValue.Post,
        });
        Print(announced);

        if (server is null)
        {
            Console.WriteLine("- End the conference");
            Print(await client.UpdateConferenceAsync(account, conference, new UpdateConferenceRequest { Status = "completed" }));
            return;
        }

        // Embedded mode: listen for the conference's status callbacks, end it, and receive the signed conference-end event.
        await using var receiver = await TwilioStatusCallbackReceiver.StartAsync(token);
        _statusCallback = receiver.StatusCallbackUrl;
        Console.WriteLine("- End the conference, reading the whole reply");
        var ended = await client.ReplyAsync(c => c.UpdateConferenceAsync(account, conference, new UpdateConferenceRequest { Status = "completed" }));
        Console.WriteLine($"  = reply {ended.StatusCode}, Content-Type: {ended.Header("Content-Type")}");
        Print(ended.Value);

        var delivery = await receiver.NextAsync();
        var status = delivery.Payload;
        Console.WriteLine($"- Status callback received at {receiver.StatusCallbackUrl.AbsolutePath}: signature {delivery.Verification}");
        Console.WriteLine($"  = {status.StatusCallbackEvent} for {status.ConferenceSid} \"{status.FriendlyName}\" reason={status.ReasonConferenceEnded} sequence={status.SequenceNumber}");
    }

    // The embedded Twilio's callback: the conference's parameters as a form, signed with the account's auth token.
    private static async Task SendStatusCallbackAsync(Uri url, string account, string sid)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("AccountSid", account),
            new("ConferenceSid", sid),
            new("FriendlyName", "MyRoom"),
            new("StatusCallbackEvent", "conference-end"),
            new("SequenceNumber", "3"),
            new("Timestamp", DateTimeOffset.UtcNow.ToString("r").Replace("GMT", "+0000", StringComparison.Ordinal)),
            new("ReasonConferenceEnded", "conference-ended-via-api"),
        };
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute("your_auth_token", url.ToString(), fields));
        using var reply = await http.SendAsync(request);
    }

    private static void Print(Conference conference) =>
        Console.WriteLine($"  = {conference.Sid} \"{conference.FriendlyName}\" status={conference.Status} reason={conference.ReasonConferenceEnded?.ToString() ?? "null"} created={conference.DateCreated:u} region={conference.Region}");

    [GeneratedRegex("^/2010-04-01/Accounts/(?<account>[^/]+)/Conferences/(?<sid>[^/]+)\\.json$")]
    private static partial Regex ConferencePath();
}
