using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.EndToEnd.Tests.Infrastructure;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Vendors.Catapult;

namespace ConferenceGen.EndToEnd.Tests.Catapult;

/// <summary>Bandwidth's Catapult v1 "Update Conference" (seed 001), on a real socket.</summary>
public sealed class CatapultUpdateConferenceTests
{
    private const string UserId = "u-abc123";
    private const string ConferenceId = "conf-1";

    [Fact]
    public async Task Example_1_terminates_the_conference()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(200, "OK"));
        using var http = new HttpClient();

        await Client(http, server).UpdateConferenceAsync(UserId, ConferenceId, new UpdateConferenceRequest { State = "completed" });

        var request = server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v1/users/{UserId}/conferences/{ConferenceId}", request.Target);
        Assert.Equal(Wire.Basic("token", "secret"), request.Header("Authorization"));
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal("""{"state":"completed"}""", request.BodyText);

        // The page documents no reply body: anything is accepted, as curl's */* says.
        Assert.Equal("*/*", request.Header("Accept"));
        Assert.Equal(Wire.UserAgent, request.Header("User-Agent"));
    }

    [Fact]
    public async Task Example_2_mutes_all_members_with_a_json_boolean()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(200, "OK"));
        using var http = new HttpClient();

        await Client(http, server).UpdateConferenceAsync(UserId, ConferenceId, new UpdateConferenceRequest { Mute = true });

        // The seed's curl writes "mute": "true"; the parameter is documented as a boolean, and the client sends one.
        Assert.Equal("""{"mute":true}""", server.SingleRequest().BodyText);
    }

    [Fact]
    public async Task Holding_all_members_and_setting_callbacks_sends_exactly_those_fields()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(200, "OK"));
        using var http = new HttpClient();

        await Client(http, server).UpdateConferenceAsync(UserId, ConferenceId, new UpdateConferenceRequest
        {
            Hold = true,
            CallbackUrl = new Uri("https://example.com/events"),
            CallbackHttpMethod = UpdateConferenceRequestCallbackHttpMethod.Get,
            CallbackTimeout = 5000,
            FallbackUrl = new Uri("https://backup.example.com/events"),
            Tag = "team standup",
        });

        Assert.Equal(
            """{"hold":true,"callbackUrl":"https://example.com/events","callbackHttpMethod":"GET","callbackTimeout":5000,"fallbackUrl":"https://backup.example.com/events","tag":"team standup"}""",
            server.SingleRequest().BodyText);
    }

    [Fact]
    public async Task Unmuting_sends_false_rather_than_leaving_the_field_out()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(200, "OK"));
        using var http = new HttpClient();

        await Client(http, server).UpdateConferenceAsync(UserId, ConferenceId, new UpdateConferenceRequest { Mute = false, Hold = false });

        Assert.Equal("""{"hold":false,"mute":false}""", server.SingleRequest().BodyText);
    }

    [Fact]
    public async Task An_error_reply_is_an_ApiException()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(404, """{"category":"not-found","code":"conference-not-found","message":"Conference conf-1 not found"}""", "Not Found"));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ApiException>(() => Client(http, server).UpdateConferenceAsync(UserId, ConferenceId, new UpdateConferenceRequest { State = "completed" }));

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("conference-not-found", error.ResponseBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_documented_parameter_has_a_fitting_type()
    {
        var method = typeof(CatapultClient).GetMethod(nameof(CatapultClient.UpdateConferenceAsync))!;
        Assert.Equal(typeof(string), method.GetParameters().Single(p => p.Name == "userId").ParameterType);
        Assert.Equal(typeof(string), method.GetParameters().Single(p => p.Name == "conferenceId").ParameterType);

        // "Supported Parameters".
        // The spec allows one value ("completed"): a string the caller may send, not an enum type of one member.
        Traceability.Property(typeof(UpdateConferenceRequest), "State", typeof(string));
        Traceability.Property(typeof(UpdateConferenceRequest), "Hold", typeof(bool));
        Traceability.Property(typeof(UpdateConferenceRequest), "Mute", typeof(bool));
        Traceability.Property(typeof(UpdateConferenceRequest), "CallbackUrl", typeof(Uri));
        Traceability.Property(typeof(UpdateConferenceRequest), "CallbackHttpMethod", typeof(UpdateConferenceRequestCallbackHttpMethod));
        Traceability.Property(typeof(UpdateConferenceRequest), "CallbackTimeout", typeof(int));
        Traceability.Property(typeof(UpdateConferenceRequest), "FallbackUrl", typeof(Uri));
        Traceability.Property(typeof(UpdateConferenceRequest), "Tag", typeof(string));
        Traceability.EnumValues(typeof(UpdateConferenceRequestCallbackHttpMethod), "GET", "POST");
    }

    private static CatapultClient Client(HttpClient http, LoopbackHttpServer server) => new(http, new CatapultClientOptions
    {
        BaseAddress = server.BaseAddress,
        Basic = new BasicCredentials("token", "secret"),
    });
}
