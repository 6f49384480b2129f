using System;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.EndToEnd.Tests.Infrastructure;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Vendors.SignalWirePages;

namespace ConferenceGen.EndToEnd.Tests.SignalWirePages;

/// <summary>
/// The client merged from specs/signalwire-pages/*.md: besides the update operation (whose wire tests run against
/// it too, see the project file), the second page's operation, sharing the first page's models.
/// </summary>
public sealed class RetrieveConferenceTests
{
    private const string Reply = """
        {"sid": "b3877c40-da60-4998-90ad-b792e98472cf", "account_sid": "b3877c40-da60-4998-90ad-b792e98472af",
         "date_created": "Mon, 24 Sept 2018 21:00:00 +0000", "date_updated": "Tue, 25 Sept 2018 20:00:00 +0000",
         "friendly_name": "My Conference Room", "status": "in-progress", "api_version": "2010-04-01", "region": "us1",
         "uri": "/x.json", "subresource_uris": {"participants": "/p.json", "recordings": "/r.json"}}
        """;

    [Fact]
    public async Task The_second_page_retrieves_a_conference_with_the_models_of_the_first()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, Reply));
        using var http = new HttpClient();
        var client = new SignalWireClient(http, new SignalWireClientOptions
        {
            BaseAddress = new Uri(server.BaseAddress, "/api/laml/2010-04-01"),
            SignalWireBasicAuth = new BasicCredentials("your-project-id", "your-api-token"),
        });

        ConferenceResponse conference = await client.RetrieveConferenceAsync(Guid.Parse("b3877c40-da60-4998-90ad-b792e98472af"), Guid.Parse("b3877c40-da60-4998-90ad-b792e98472cf"));

        var request = server.SingleRequest();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Conferences/b3877c40-da60-4998-90ad-b792e98472cf", request.Target);
        Assert.Equal(Wire.Basic("your-project-id", "your-api-token"), request.Header("Authorization"));
        Assert.Equal(ConferenceStatus.InProgress, conference.Status);
        Assert.Equal("My Conference Room", conference.FriendlyName);
    }
}
