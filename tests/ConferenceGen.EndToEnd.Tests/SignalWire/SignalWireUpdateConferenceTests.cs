using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.EndToEnd.Tests.Infrastructure;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Vendors.SignalWire;

namespace ConferenceGen.EndToEnd.Tests.SignalWire;

/// <summary>SignalWire's Twilio-compatible "Update Conference" (seeds 002 and 004), on a real socket.</summary>
public sealed class SignalWireUpdateConferenceTests
{
    private static readonly Guid AccountSid = Guid.Parse("b3877c40-da60-4998-90ad-b792e98472af");
    private static readonly Guid ConferenceSid = Guid.Parse("b3877c40-da60-4998-90ad-b792e98472cf");
    private const string Path = "/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Conferences/b3877c40-da60-4998-90ad-b792e98472cf";

    // Seed 004's "Response Example", verbatim.
    private const string ResponseExample = """
        {
         "sid": "b3877c40-da60-4998-90ad-b792e98472cf",
         "account_sid": "b3877c40-da60-4998-90ad-b792e98472af",
         "date_created": "Mon, 24 Sept 2018 21:00:00 +0000",
         "date_updated": "Tue, 25 Sept 2018 20:00:00 +0000",
         "friendly_name": "My Conference Room",
         "status": "init",
         "api_version": "2010-04-01",
         "region": "us1",
         "uri": "/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Conferences/b3877c40-da60-4998-90ad-b792e98472cf.json",
         "subresource_uris": {
         "participants": "/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Conferences/b3877c40-da60-4998-90ad-b792e98472cf/Participants.json",
         "recordings": "/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Conferences/b3877c40-da60-4998-90ad-b792e98472cf/Recordings.json"
         }
        }
        """;

    [Fact]
    public async Task Ending_a_conference_sends_the_sdk_examples_form_to_the_space()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, ResponseExample));
        using var http = new HttpClient();

        await Client(http, server).UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest { Status = "completed" });

        var request = server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal(Path, request.Target);
        Assert.Equal(Wire.Basic("your-project-id", "your-api-token"), request.Header("Authorization"));
        Assert.Equal("application/x-www-form-urlencoded", request.Header("Content-Type"));
        Assert.Equal("Status=completed", request.BodyText);

        // The 200 reply and the five documented errors are all JSON.
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal(Wire.UserAgent, request.Header("User-Agent"));
    }

    [Fact]
    public async Task The_seed_code_examples_empty_form_is_sent_as_an_empty_form()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, ResponseExample));
        using var http = new HttpClient();

        await Client(http, server).UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest());

        var request = server.SingleRequest();
        Assert.Equal("application/x-www-form-urlencoded", request.Header("Content-Type"));
        Assert.Equal("0", request.Header("Content-Length"));
        Assert.Empty(request.Body);
    }

    [Fact]
    public async Task An_announcement_sends_its_url_and_method()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, ResponseExample));
        using var http = new HttpClient();

        await Client(http, server).UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest
        {
            AnnounceUrl = new Uri("https://example.com/announce?lang=en"),
            AnnounceMethod = UpdateConferenceRequestAnnounceMethod.Get,
        });

        Assert.Equal("AnnounceUrl=https%3A%2F%2Fexample.com%2Fannounce%3Flang%3Den&AnnounceMethod=GET", server.SingleRequest().BodyText);
    }

    [Fact]
    public async Task The_json_media_type_of_the_embedded_spec_is_one_argument_away()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, ResponseExample));
        using var http = new HttpClient();

        await Client(http, server).UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest { Status = "completed" }, BodyFormat.Json);

        var request = server.SingleRequest();
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal("""{"Status":"completed"}""", request.BodyText);
    }

    [Fact]
    public async Task A_body_format_the_operation_does_not_list_is_refused_before_sending()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, ResponseExample));
        using var http = new HttpClient();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Client(http, server).UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest(), BodyFormat.Binary));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task The_seed_response_example_is_read()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, ResponseExample));
        using var http = new HttpClient();

        var conference = await Client(http, server).UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest { Status = "completed" });

        Assert.Equal(ConferenceSid, conference.Sid);
        Assert.Equal(AccountSid, conference.AccountSid);
        Assert.Equal("Mon, 24 Sept 2018 21:00:00 +0000", conference.DateCreated);
        Assert.Equal("Tue, 25 Sept 2018 20:00:00 +0000", conference.DateUpdated);
        Assert.Equal("My Conference Room", conference.FriendlyName);
        Assert.Equal(ConferenceStatus.Init, conference.Status);
        Assert.Equal("2010-04-01", conference.ApiVersion);
        Assert.Equal("us1", conference.Region);
        Assert.EndsWith("b3877c40-da60-4998-90ad-b792e98472cf.json", conference.Uri, StringComparison.Ordinal);
        Assert.EndsWith("/Participants.json", conference.SubresourceUris.Participants, StringComparison.Ordinal);
        Assert.EndsWith("/Recordings.json", conference.SubresourceUris.Recordings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_without_a_required_field_is_an_ApiException_that_keeps_the_body()
    {
        var reply = ResponseExample.Replace(
            """
            "region": "us1",
            """,
            string.Empty,
            StringComparison.Ordinal);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, reply));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ApiException>(() => Client(http, server).UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest()));

        Assert.Contains("'region'", error.Message, StringComparison.Ordinal);
        Assert.Equal(reply, error.ResponseBody);
    }

    [Theory]
    [InlineData(400, "Bad Request")]
    [InlineData(401, "Unauthorized")]
    [InlineData(404, "Not Found")]
    [InlineData(422, "Unprocessable Entity")]
    [InlineData(503, "Service Unavailable")]
    public async Task Each_documented_error_is_an_ApiException_with_the_compatibility_error_body(int status, string reason)
    {
        var body = $$"""{"code": 2{{status}}, "message": "{{reason}}", "more_info": "https://developer.signalwire.com/compatibility-api/reference/error-codes", "status": {{status}}}""";
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(status, body, reason));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ApiException<CompatibilityErrorResponse>>(() =>
            Client(http, server).UpdateConferenceAsync(AccountSid, ConferenceSid, new UpdateConferenceRequest { Status = "completed" }));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(2000 + status, error.Error.Code);
        Assert.Equal(reason, error.Error.Message);
        Assert.Equal("https://developer.signalwire.com/compatibility-api/reference/error-codes", error.Error.MoreInfo);
        Assert.Equal(status, error.Error.Status);
        Assert.Equal(body, error.ResponseBody);
    }

    [Fact]
    public void A_client_cannot_be_built_without_its_space()
    {
        using var http = new HttpClient();

        var error = Assert.Throws<InvalidOperationException>(() => new SignalWireClient(http, new SignalWireClientOptions()));

        Assert.Contains("Space", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_space_fills_the_host_and_cannot_escape_it()
    {
        using var http = new HttpClient();

        Assert.Equal("https://example.signalwire.com/api/laml/2010-04-01", new SignalWireClient(http, new SignalWireClientOptions { Space = "example" }).BaseAddress);
        Assert.Throws<UriFormatException>(() => new SignalWireClient(http, new SignalWireClientOptions { Space = "evil.com/x#" }));
    }

    [Fact]
    public void Every_documented_parameter_and_field_has_a_fitting_type()
    {
        // Seed 002/004, "Path parameters" and "Request".
        var method = typeof(SignalWireClient).GetMethod(nameof(SignalWireClient.UpdateConferenceAsync))!;
        Assert.Equal(typeof(Guid), method.GetParameters().Single(p => p.Name == "accountSid").ParameterType);
        Assert.Equal(typeof(Guid), method.GetParameters().Single(p => p.Name == "sid").ParameterType);
        // The spec allows one value ("completed"): a string the caller may send, not an enum type of one member.
        Traceability.Property(typeof(UpdateConferenceRequest), "Status", typeof(string));
        Traceability.Property(typeof(UpdateConferenceRequest), "AnnounceUrl", typeof(Uri));
        Traceability.Property(typeof(UpdateConferenceRequest), "AnnounceMethod", typeof(UpdateConferenceRequestAnnounceMethod));
        Traceability.EnumValues(typeof(UpdateConferenceRequestAnnounceMethod), "GET", "POST");

        // "Response".
        Traceability.Property(typeof(ConferenceResponse), "Sid", typeof(Guid));
        Traceability.Property(typeof(ConferenceResponse), "AccountSid", typeof(Guid));
        Traceability.Property(typeof(ConferenceResponse), "DateCreated", typeof(string));
        Traceability.Property(typeof(ConferenceResponse), "DateUpdated", typeof(string));
        Traceability.Property(typeof(ConferenceResponse), "FriendlyName", typeof(string));
        Traceability.Property(typeof(ConferenceResponse), "Status", typeof(ConferenceStatus));
        Traceability.Property(typeof(ConferenceResponse), "ApiVersion", typeof(string));
        Traceability.Property(typeof(ConferenceResponse), "Region", typeof(string));
        Traceability.Property(typeof(ConferenceResponse), "Uri", typeof(string));
        Traceability.Property(typeof(ConferenceResponse), "SubresourceUris", typeof(ConferenceSubresourceUris));
        Traceability.Property(typeof(ConferenceSubresourceUris), "Participants", typeof(string));
        Traceability.Property(typeof(ConferenceSubresourceUris), "Recordings", typeof(string));
        Traceability.EnumValues(typeof(ConferenceStatus), "init", "in-progress", "completed");

        // CompatibilityErrorResponse.
        Traceability.Property(typeof(CompatibilityErrorResponse), "Code", typeof(long));
        Traceability.Property(typeof(CompatibilityErrorResponse), "Message", typeof(string));
        Traceability.Property(typeof(CompatibilityErrorResponse), "MoreInfo", typeof(string));
        Traceability.Property(typeof(CompatibilityErrorResponse), "Status", typeof(long));
    }

    private static SignalWireClient Client(HttpClient http, LoopbackHttpServer server) => new(http, new SignalWireClientOptions
    {
        BaseAddress = new Uri(server.BaseAddress, "/api/laml/2010-04-01"),
        SignalWireBasicAuth = new BasicCredentials("your-project-id", "your-api-token"),
    });
}
