using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ConferenceGen.EndToEnd.Tests.Infrastructure;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.Twilio;

/// <summary>
/// Twilio's "Update conference" (seed 003): the generated client against a real HTTP server on 127.0.0.1
/// sends what the vendor's curl example sends, and reads what the vendor answers.
/// </summary>
public sealed class TwilioUpdateConferenceTests
{
    private const string AccountSid = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string ConferenceSid = "CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    // The seed's "Response examples (200)", verbatim: placeholders and all.
    private const string SeedResponseExample = """
        {
          "account_sid": "string",
          "api_version": "string",
          "call_sid_ending_conference": "string",
          "date_created": "string",
          "date_updated": "string",
          "friendly_name": "string",
          "reason_conference_ended": "conference-ended-via-api",
          "region": "string",
          "sid": "string",
          "status": "init",
          "subresource_uris": {},
          "uri": "string"
        }
        """;

    // A conference that is still running, as Twilio answers an announcement (Twilio's own example values).
    private const string InProgressResponse = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "api_version": "2010-04-01",
          "date_created": "Mon, 08 Feb 2021 20:58:45 +0000",
          "date_updated": "Mon, 08 Feb 2021 20:58:46 +0000",
          "friendly_name": "MyRoom",
          "region": "us1",
          "sid": "CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
          "status": "in-progress",
          "subresource_uris": {
            "participants": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/Participants.json",
            "recordings": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/Recordings.json"
          },
          "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.json",
          "reason_conference_ended": null,
          "call_sid_ending_conference": null
        }
        """;

    [Fact]
    public async Task The_seed_curl_example_arrives_byte_for_byte()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, SeedResponseExample));
        using var http = new HttpClient();
        var client = CreateClient(http, server);

        await client.UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest
        {
            AnnounceMethod = HttpMethodValue.Head,
            AnnounceUrl = new Uri("https://example.com"),
            Status = "completed",
        });

        var request = server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}.json", request.Target);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("username:password")), request.Header("Authorization"));
        Assert.Equal("application/x-www-form-urlencoded", request.Header("Content-Type"));
        Assert.Equal("AnnounceMethod=HEAD&AnnounceUrl=https%3A%2F%2Fexample.com&Status=completed", request.BodyText);

        // The 200 reply is the only one documented, as JSON; the user agent names the runtime and its version.
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal(Wire.UserAgent, request.Header("User-Agent"));
        Assert.Equal(new[] { "Host", "Accept", "User-Agent", "Authorization", "Content-Type", "Content-Length" }, request.Headers.Select(h => h.Key));
    }

    [Fact]
    public async Task An_announcement_sends_only_the_field_that_was_set()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, InProgressResponse));
        using var http = new HttpClient();
        var client = CreateClient(http, server);

        await client.UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest { AnnounceUrl = new Uri("https://example.com") });

        Assert.Equal("AnnounceUrl=https%3A%2F%2Fexample.com", server.SingleRequest().BodyText);
    }

    [Fact]
    public async Task Ending_a_conference_sends_status_completed_and_nothing_else()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, SeedResponseExample));
        using var http = new HttpClient();
        var client = CreateClient(http, server);

        await client.UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest { Status = "completed" });

        Assert.Equal("Status=completed", server.SingleRequest().BodyText);
    }

    [Fact]
    public async Task The_seed_response_example_is_read_with_its_exact_enum_values()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, SeedResponseExample));
        using var http = new HttpClient();
        var client = CreateClient(http, server);

        var conference = await client.UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest { Status = "completed" });

        Assert.Equal("string", conference.AccountSid);
        Assert.Equal("string", conference.ApiVersion);
        Assert.Equal("string", conference.CallSidEndingConference);
        Assert.Equal("string", conference.FriendlyName);
        Assert.Equal("string", conference.Region);
        Assert.Equal("string", conference.Sid);
        Assert.Equal("string", conference.Uri);
        Assert.Equal(ConferenceReasonConferenceEnded.ConferenceEndedViaApi, conference.ReasonConferenceEnded);
        Assert.Equal("conference-ended-via-api", conference.ReasonConferenceEnded!.Value);
        Assert.Equal(ConferenceStatus.Init, conference.Status);
        Assert.NotNull(conference.SubresourceUris);
        Assert.Empty(conference.SubresourceUris!);

        // The example puts the placeholder "string" where RFC 2822 dates belong: optional dates that are not dates read as null.
        Assert.Null(conference.DateCreated);
        Assert.Null(conference.DateUpdated);
    }

    [Fact]
    public async Task A_running_conference_is_read_with_rfc2822_dates_and_a_null_end_reason()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, InProgressResponse));
        using var http = new HttpClient();
        var client = CreateClient(http, server);

        var conference = await client.UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest { AnnounceUrl = new Uri("https://example.com/announce.xml") });

        Assert.Equal(ConferenceStatus.InProgress, conference.Status);
        Assert.Equal("in-progress", conference.Status!.ToString());
        Assert.True(conference.Status.IsKnown);
        Assert.Null(conference.ReasonConferenceEnded);
        Assert.Null(conference.CallSidEndingConference);
        Assert.Equal(new DateTimeOffset(2021, 2, 8, 20, 58, 45, TimeSpan.Zero), conference.DateCreated);
        Assert.Equal(new DateTimeOffset(2021, 2, 8, 20, 58, 46, TimeSpan.Zero), conference.DateUpdated);
        Assert.Equal("MyRoom", conference.FriendlyName);
        Assert.Equal(2, conference.SubresourceUris!.Count);
        Assert.EndsWith("/Participants.json", conference.SubresourceUris["participants"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_the_spec_does_not_list_is_kept_instead_of_failing()
    {
        var reply = InProgressResponse.Replace("\"in-progress\"", "\"paused\"", StringComparison.Ordinal);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, reply));
        using var http = new HttpClient();
        var client = CreateClient(http, server);

        var conference = await client.UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest { Status = "completed" });

        Assert.Equal("paused", conference.Status!.Value);
        Assert.False(conference.Status.IsKnown);
    }

    [Theory]
    [InlineData("..", "%2E%2E")]
    [InlineData("AC/../x", "AC%2F..%2Fx")]
    [InlineData("a b?c#d", "a%20b%3Fc%23d")]
    public async Task A_path_value_stays_inside_its_segment(string accountSid, string onTheWire)
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, SeedResponseExample));
        using var http = new HttpClient();
        var client = CreateClient(http, server);

        await client.UpdateConferenceAsync(accountSid, ConferenceSid);

        Assert.Equal($"/2010-04-01/Accounts/{onTheWire}/Conferences/{ConferenceSid}.json", server.SingleRequest().Target);
    }

    [Theory]
    [InlineData(404, "Not Found", 20404, "The requested resource /2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.json was not found")]
    [InlineData(401, "Unauthorized", 20003, "Authenticate")]
    public async Task An_error_reply_becomes_an_ApiException_with_status_headers_and_raw_body(int status, string reason, int code, string message)
    {
        var body = $$"""{"code": {{code}}, "message": "{{message}}", "more_info": "https://www.twilio.com/docs/errors/{{code}}", "status": {{status}}}""";
        var response = ScriptedResponse.Json(status, body, reason);
        response.Headers.Add(new("Twilio-Request-Id", "RQ123"));
        await using var server = new LoopbackHttpServer(response);
        using var http = new HttpClient();
        var client = CreateClient(http, server);

        var error = await Assert.ThrowsAsync<ApiException>(() => client.UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest { Status = "completed" }));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(body, error.ResponseBody);
        Assert.Equal("RQ123", Assert.Single(error.Response.Headers["Twilio-Request-Id"]));
        Assert.Equal("application/json", error.Response.ContentType);
        Assert.Contains($"POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}.json answered {status} ({reason})", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("password", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_documented_parameter_and_field_has_a_fitting_type()
    {
        // Seed 003, "Path parameters" and "Body".
        var method = typeof(TwilioClient).GetMethod(nameof(TwilioClient.UpdateConferenceAsync))!;
        Assert.Equal(typeof(string), method.GetParameters().Single(p => p.Name == "accountSid").ParameterType);
        Assert.Equal(typeof(string), method.GetParameters().Single(p => p.Name == "sid").ParameterType);
        Traceability.Property(typeof(UpdateConferenceRequest), "AnnounceMethod", typeof(HttpMethodValue));
        Traceability.Property(typeof(UpdateConferenceRequest), "AnnounceUrl", typeof(Uri));
        // The spec allows one value ("completed"): a string the caller may send, not an enum type of one member.
        Traceability.Property(typeof(UpdateConferenceRequest), "Status", typeof(string));
        Traceability.EnumValues(typeof(HttpMethodValue), "HEAD", "GET", "POST", "PATCH", "PUT", "DELETE");

        // "Responses", 200.
        Traceability.Property(typeof(Conference), "AccountSid", typeof(string));
        Traceability.Property(typeof(Conference), "ApiVersion", typeof(string));
        Traceability.Property(typeof(Conference), "CallSidEndingConference", typeof(string));
        Traceability.Property(typeof(Conference), "DateCreated", typeof(DateTimeOffset));
        Traceability.Property(typeof(Conference), "DateUpdated", typeof(DateTimeOffset));
        Traceability.Property(typeof(Conference), "FriendlyName", typeof(string));
        Traceability.Property(typeof(Conference), "ReasonConferenceEnded", typeof(ConferenceReasonConferenceEnded));
        Traceability.Property(typeof(Conference), "Region", typeof(string));
        Traceability.Property(typeof(Conference), "Sid", typeof(string));
        Traceability.Property(typeof(Conference), "Status", typeof(ConferenceStatus));
        Assert.True(Traceability.IsMap(Traceability.Property(typeof(Conference), "SubresourceUris", typeof(object)).PropertyType));
        Traceability.Property(typeof(Conference), "Uri", typeof(string));
        Traceability.EnumValues(typeof(ConferenceStatus), "init", "in-progress", "completed");
        Traceability.EnumValues(
            typeof(ConferenceReasonConferenceEnded),
            "conference-ended-via-api",
            "participant-with-end-conference-on-exit-left",
            "participant-with-end-conference-on-exit-kicked",
            "last-participant-kicked",
            "last-participant-left");
    }

    private static TwilioClient CreateClient(HttpClient http, LoopbackHttpServer server) => new(http, new TwilioClientOptions
    {
        BaseAddress = server.BaseAddress,
        AccountSidAuthToken = new BasicCredentials("username", "password"),
    });
}
