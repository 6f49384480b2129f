using System.Threading.Tasks;

namespace ConferenceGen.Package.Tests;

/// <summary>A project that adds only the ConferenceGen package gets working clients from its specs/ folder.</summary>
public sealed class ConsumerBuildTests : IClassFixture<PackageFeed>
{
    private const string EchoProgram = """
        using System.Net;
        using System.Text;
        using ConferenceGen.Runtime.Http;

        var handler = new EchoHandler();
        using var http = new HttpClient(handler);
        var client = new Consumer.Twilio.TwilioClient(http, new Consumer.Twilio.TwilioClientOptions { AccountSidAuthToken = new BasicCredentials("AC1", "secret") });
        var conference = await client.UpdateConferenceAsync("AC1", "CF1", new Consumer.Twilio.UpdateConferenceRequest { Status = Consumer.Twilio.UpdateConferenceRequestStatus.Completed });
        Console.WriteLine($"{handler.Seen} -> {conference.Status}");

        sealed class EchoHandler : HttpMessageHandler
        {
            public string Seen = "";

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Seen = $"{request.Method} {request.RequestUri} {request.Content!.Headers.ContentType} {await request.Content.ReadAsStringAsync(cancellationToken)}";
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"status\":\"completed\"}", Encoding.UTF8, "application/json") };
            }
        }
        """;

    private readonly PackageFeed _feed;

    public ConsumerBuildTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public async Task A_spec_in_the_specs_folder_becomes_a_client_with_one_package_reference()
    {
        var consumer = _feed.NewConsumer("one-spec");
        consumer.WriteProject();
        consumer.CopySpec("twilio.yaml", "specs/twilio.yaml");
        consumer.WriteFile("Program.cs", EchoProgram);

        var build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.Output);

        var run = await consumer.RunAsync();
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains(
            "POST https://api.twilio.com/2010-04-01/Accounts/AC1/Conferences/CF1.json application/x-www-form-urlencoded Status=completed -> completed",
            run.Output,
            System.StringComparison.Ordinal);
    }
}
