using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.EndToEnd.Tests.Infrastructure;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Vendors.BandwidthVoice;

namespace ConferenceGen.EndToEnd.Tests.BandwidthVoice;

/// <summary>Bandwidth Voice v2 "Update Conference" (seed 000), on a real socket.</summary>
public sealed class BandwidthVoiceModifyConferenceTests
{
    private const string AccountId = "1111111";
    private const string ConferenceId = "conf-abc12345-6def-abc1-2345-6defabc12345";

    [Fact]
    public async Task The_seed_example_ends_a_conference_with_a_json_status()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();

        await Client(http, server).ModifyConferenceAsync(AccountId, ConferenceId, new ModifyConferenceRequest { Status = ModifyConferenceRequestStatus.Completed });

        var request = server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/api/v2/accounts/{AccountId}/conferences/{ConferenceId}", request.Target);
        Assert.Equal(Wire.Basic("username", "password"), request.Header("Authorization"));
        Assert.Equal("application/json", request.Header("Content-Type"));

        // The only documented reply, 204, has no body: anything is accepted, as curl's */* says.
        Assert.Equal("*/*", request.Header("Accept"));
        Assert.Equal(Wire.UserAgent, request.Header("User-Agent"));

        // The curl example's body, {"status" : "completed"}, without its indentation.
        Assert.Equal("""{"status":"completed"}""", request.BodyText);
    }

    [Fact]
    public async Task A_redirect_sends_the_redirect_fields_that_were_set_in_the_spec_order()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();

        await Client(http, server).ModifyConferenceAsync(AccountId, ConferenceId, new ModifyConferenceRequest
        {
            Password = "redirect-secret",
            Username = "redirect-user",
            RedirectMethod = ModifyConferenceRequestRedirectMethod.Post,
            RedirectUrl = new Uri("https://example.com/bxml/conference"),
            Status = ModifyConferenceRequestStatus.Active,
        });

        Assert.Equal(
            """{"status":"active","redirectUrl":"https://example.com/bxml/conference","redirectMethod":"POST","username":"redirect-user","password":"redirect-secret"}""",
            server.SingleRequest().BodyText);
    }

    [Fact]
    public async Task The_204_reply_completes_the_call()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();

        var call = Client(http, server).ModifyConferenceAsync(AccountId, ConferenceId, new ModifyConferenceRequest { Status = ModifyConferenceRequestStatus.Completed });

        await call;
        Assert.True(call.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_body_is_required()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();

        await Assert.ThrowsAsync<ArgumentNullException>(() => Client(http, server).ModifyConferenceAsync(AccountId, ConferenceId, null!));
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(400, "Bad Request")]
    [InlineData(404, "Not Found")]
    [InlineData(200, "OK")]
    public async Task A_reply_other_than_204_is_an_ApiException_with_the_raw_body(int status, string reason)
    {
        var body = """{"type":"validation","description":"Conference not found"}""";
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(status, body, reason));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ApiException>(() => Client(http, server).ModifyConferenceAsync(AccountId, ConferenceId, new ModifyConferenceRequest { Status = ModifyConferenceRequestStatus.Completed }));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(body, error.ResponseBody);
        Assert.DoesNotContain("password", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_documented_parameter_has_a_fitting_type()
    {
        var method = typeof(BandwidthVoiceClient).GetMethod(nameof(BandwidthVoiceClient.ModifyConferenceAsync))!;
        Assert.Equal(typeof(string), method.GetParameters().Single(p => p.Name == "accountId").ParameterType);
        Assert.Equal(typeof(string), method.GetParameters().Single(p => p.Name == "conferenceId").ParameterType);
        Assert.Equal(typeof(Task), method.ReturnType);

        // "Supported Parameters".
        Traceability.Property(typeof(ModifyConferenceRequest), "Status", typeof(ModifyConferenceRequestStatus));
        Traceability.Property(typeof(ModifyConferenceRequest), "RedirectUrl", typeof(Uri));
        Traceability.Property(typeof(ModifyConferenceRequest), "RedirectMethod", typeof(ModifyConferenceRequestRedirectMethod));
        Traceability.Property(typeof(ModifyConferenceRequest), "Username", typeof(string));
        Traceability.Property(typeof(ModifyConferenceRequest), "Password", typeof(string));
        Traceability.EnumValues(typeof(ModifyConferenceRequestStatus), "active", "completed");
        Traceability.EnumValues(typeof(ModifyConferenceRequestRedirectMethod), "GET", "POST");
    }

    private static BandwidthVoiceClient Client(HttpClient http, LoopbackHttpServer server) => new(http, new BandwidthVoiceClientOptions
    {
        BaseAddress = server.BaseAddress,
        Basic = new BasicCredentials("username", "password"),
    });
}
