using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.ClientSurface;

/// <summary>
/// Every client has an interface (<c>ITwilioClient</c>) with all its operations: services take it from dependency
/// injection, and their own tests pass a fake without any HTTP.
/// </summary>
public sealed class ClientInterfaceTests
{
    [Fact]
    public async Task The_interface_comes_out_of_dependency_injection_and_calls_the_api_as_the_client_does()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"sid":"CF1","status":"completed"}"""));
        var services = new ServiceCollection();
        services.AddTwilioClient(o => { o.BaseAddress = server.BaseAddress; o.AccountSidAuthToken = new BasicCredentials("AC1", "token"); });
        await using var provider = services.BuildServiceProvider();

        var twilio = provider.GetRequiredService<ITwilioClient>();
        var conference = await twilio.UpdateConferenceAsync("AC1", "CF1", new UpdateConferenceRequest { Status = "completed" });

        Assert.IsType<TwilioClient>(twilio);
        Assert.Equal("CF1", conference.Sid);
        var request = server.SingleRequest();
        Assert.Equal("/2010-04-01/Accounts/AC1/Conferences/CF1.json", request.Target);
        Assert.Equal("Status=completed", request.BodyText);
    }

    [Fact]
    public async Task A_service_that_takes_the_interface_is_tested_with_a_fake_and_no_http()
    {
        var fake = new FakeTwilio();
        var service = new ConferenceService(fake);

        await service.EndAsync("AC1", "CF1");

        var call = Assert.Single(fake.Updates);
        Assert.Equal(("AC1", "CF1"), (call.AccountSid, call.Sid));
        Assert.Equal("completed", call.Request!.Status);
    }

    // What a user writes: their own code depends on the interface only.
    private sealed class ConferenceService(ITwilioClient twilio)
    {
        public Task EndAsync(string account, string conference) =>
            twilio.UpdateConferenceAsync(account, conference, new UpdateConferenceRequest { Status = "completed" });
    }

    // A hand-written fake: the interface is small enough to implement in a test (a mocking library does the same).
    private sealed class FakeTwilio : ITwilioClient
    {
        public List<(string AccountSid, string Sid, UpdateConferenceRequest? Request)> Updates { get; } = new();

        public Task<Conference> UpdateConferenceAsync(string accountSid, string sid, UpdateConferenceRequest? request = null, CancellationToken cancellationToken = default)
        {
            Updates.Add((accountSid, sid, request));
            return Task.FromResult(new Conference { Sid = sid });
        }

        public ITwilioClient With(ApiCallOptions options) => this;

        public ITwilioClient With(Action<TwilioClientOptions> configure) => this;
    }
}
