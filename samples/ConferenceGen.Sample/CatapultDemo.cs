using System;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Sample.Catapult;

namespace ConferenceGen.Sample;

/// <summary>Bandwidth's older Catapult v1 API: mute all members, hold them, then terminate the conference (seed 001).</summary>
internal sealed partial class CatapultDemo : IVendorDemo
{
    public string Name => "catapult";

    public string Title => "Bandwidth Catapult API v1: POST https://api.catapult.inetwork.com/v1/users/{userId}/conferences/{conferenceId}";

    public string[] LiveVariables => ["CATAPULT_USER_ID", "CATAPULT_API_TOKEN", "CATAPULT_API_SECRET", "CATAPULT_CONFERENCE_ID"];

    public (int Status, string? Json)? Answer(HttpListenerRequest request, string body) =>
        ConferencePath().IsMatch(request.Url!.AbsolutePath) && request.HttpMethod == "POST" ? (200, null) : null;

    public async Task RunAsync(HttpClient http, Uri? server)
    {
        var user = server is null ? Environment.GetEnvironmentVariable("CATAPULT_USER_ID")! : "u-abc123";
        var conference = server is null ? Environment.GetEnvironmentVariable("CATAPULT_CONFERENCE_ID")! : "conf-1";
        var client = new CatapultClient(http, new CatapultClientOptions
        {
            BaseAddress = server,
            Basic = server is null
                ? new BasicCredentials(Environment.GetEnvironmentVariable("CATAPULT_API_TOKEN")!, Environment.GetEnvironmentVariable("CATAPULT_API_SECRET")!)
                : new BasicCredentials("token", "secret"),
        });

        Console.WriteLine("- Prevent all members from speaking");
        await client.UpdateConferenceAsync(user, conference, new UpdateConferenceRequest { Mute = true });
        Console.WriteLine("  = muted");

        Console.WriteLine("- Put all members on hold");
        await client.UpdateConferenceAsync(user, conference, new UpdateConferenceRequest { Hold = true });
        Console.WriteLine("  = on hold");

        Console.WriteLine("- Terminate the conference");
        await client.UpdateConferenceAsync(user, conference, new UpdateConferenceRequest { State = "completed" });
        Console.WriteLine("  = terminated");
    }

    [GeneratedRegex("^/v1/users/[^/]+/conferences/[^/]+$")]
    private static partial Regex ConferencePath();
}
