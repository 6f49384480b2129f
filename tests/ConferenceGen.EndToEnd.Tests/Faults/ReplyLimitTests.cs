using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ConferenceGen.EndToEnd.Tests.Production;
using ConferenceGen.Runtime;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.Faults;

/// <summary>
/// A reply that never ends, or announces more than a call keeps in memory, ends the call with an
/// <see cref="ApiResponseTooLargeException"/> instead of an OutOfMemoryException.
/// </summary>
[Collection(LoadTests.RunsAlone)]
public sealed class ReplyLimitTests
{
    private const long Limit = 1 << 20;

    [Fact]
    public async Task An_endless_body_fails_at_the_limit_and_the_heap_stays_bounded()
    {
        var endless = new ScriptedResponse
        {
            Headers = { new("Content-Type", "application/json") },
            EndlessChunk = Encoding.ASCII.GetBytes("[" + new string('1', 16 * 1024 - 1)),
        };
        var conference = ScriptedResponse.Json(200, """{"sid":"CF0","status":"completed"}""");
        await using var server = new LoopbackHttpServer(request => request.Path.Contains("/CF0.json", StringComparison.Ordinal) ? conference : endless);
        using var http = new HttpClient();
        var client = Client(http, server);

        // A first call warms up the connection and the code, so that what is measured is the endless reply's cost.
        await EndConferenceAsync(client, "CF0");

        // Process-wide, which is why these tests run alone: the client's work is spread over thread-pool threads.
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var error = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => EndConferenceAsync(client, "CF1"));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.Equal(Limit, error.Limit);
        Assert.Null(error.DeclaredLength);
        Assert.Equal(200, error.StatusCode);
        Assert.Contains("its body goes on past MaxResponseBufferSize (1,048,576 bytes)", error.Message, StringComparison.Ordinal);

        // About twice the limit (the buffer doubles on its way there); a call that kept reading would pass any bound.
        Assert.InRange(allocated, 0, 4 * Limit);
    }

    [Fact]
    public async Task A_content_length_past_the_limit_fails_before_the_body_is_read()
    {
        // Announces 10 GB and sends 2 bytes: only the announcement can tell the call that the body is too long.
        await using var server = new LoopbackHttpServer(new ScriptedResponse
        {
            Status = 500,
            Reason = "Internal Server Error",
            Headers = { new("Content-Type", "application/json") },
            DeclaredLength = 10_000_000_000,
            Body = "{}"u8.ToArray(),
        });
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => EndConferenceAsync(Client(http, server)));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal(10_000_000_000, error.DeclaredLength);
        Assert.Contains("its Content-Length (10,000,000,000 bytes) is larger than MaxResponseBufferSize (1,048,576 bytes)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token", error.ToString(), StringComparison.Ordinal);
    }

    private static Task<Conference> EndConferenceAsync(TwilioClient client, string conferenceSid = "CF1") =>
        client.UpdateConferenceAsync("AC1", conferenceSid, new UpdateConferenceRequest { Status = "completed" });

    private static TwilioClient Client(HttpClient http, LoopbackHttpServer server) => new(http, new TwilioClientOptions
    {
        BaseAddress = server.BaseAddress,
        AccountSidAuthToken = new BasicCredentials("AC1", "token"),
        MaxResponseBufferSize = Limit,
    });
}
