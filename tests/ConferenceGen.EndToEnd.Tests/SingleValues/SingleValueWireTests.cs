using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Testing;
using SingleValues;

namespace ConferenceGen.EndToEnd.Tests.SingleValues;

/// <summary>
/// Values the spec allows one value of, read from a socket (specs/single-values.yaml): required ones are constants
/// the caller neither sets nor passes, a boolean one is a JSON boolean, optional ones go only when set, and a reply's
/// value the spec does not list arrives as it came.
/// </summary>
public sealed class SingleValueWireTests
{
    private const string Ended = """{"object":"conference","sid":"CF1","deleted":true}""";

    [Fact]
    public async Task Required_single_values_are_sent_without_being_set_and_a_boolean_one_as_true()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, Ended));
        using var http = new HttpClient();

        await Client(server, http).EndConferenceAsync("CF1", new EndConference());

        var request = server.SingleRequest();
        Assert.Equal("/conferences/CF1/end?mode=hangup", request.Target);
        Assert.Equal("2024-05-01", request.Header("X-Api-Version"));
        Assert.Equal("""{"status":"completed","announce":true,"retries":3}""", request.BodyText);
    }

    [Fact]
    public void Required_single_values_have_no_setter_and_no_method_parameter()
    {
        var parameters = typeof(SingleValuesClient).GetMethod(nameof(SingleValuesClient.EndConferenceAsync))!.GetParameters().Select(p => p.Name);

        Assert.Equal(["sid", "body", "expand", "cancellationToken"], parameters);
        Assert.False(typeof(EndConference).GetProperty(nameof(EndConference.Status))!.CanWrite);
        Assert.Equal(typeof(bool), typeof(EndConference).GetProperty(nameof(EndConference.Announce))!.PropertyType);
        Assert.Equal(typeof(string), typeof(EndConference).GetProperty(nameof(EndConference.Reason))!.PropertyType);
    }

    [Fact]
    public async Task Optional_single_values_are_sent_when_the_caller_sets_them()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, Ended));
        using var http = new HttpClient();

        await Client(server, http).EndConferenceAsync("CF1", new EndConference { Reason = "" }, expand: "participants");

        var request = server.SingleRequest();
        Assert.Equal("/conferences/CF1/end?mode=hangup&expand=participants", request.Target);
        Assert.Equal("""{"status":"completed","announce":true,"retries":3,"reason":""}""", request.BodyText);
    }

    [Fact]
    public async Task A_reply_holding_values_the_spec_does_not_list_arrives_as_it_came()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"object":"conference.v2","sid":"CF1","deleted":false}"""));
        using var http = new HttpClient();

        var conference = await Client(server, http).EndConferenceAsync("CF1", new EndConference());

        Assert.Equal("conference.v2", conference.Object);
        Assert.False(conference.Deleted);
    }

    [Fact]
    public async Task A_reply_without_a_required_single_value_reads_it_as_the_spec_fixes_it()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"sid":"CF1"}"""));
        using var http = new HttpClient();

        var conference = await Client(server, http).EndConferenceAsync("CF1", new EndConference());

        Assert.Equal("conference", conference.Object);
        Assert.True(conference.Deleted);
    }

    private static SingleValuesClient Client(LoopbackHttpServer server, HttpClient http) =>
        new(http, new SingleValuesClientOptions { BaseAddress = server.BaseAddress });
}
