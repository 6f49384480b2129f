using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>List operations get an IAsyncEnumerable over every page, following the link the spec shows (paging.yaml).</summary>
public sealed class PagingTests
{
    [Fact]
    public async Task Twilio_style_next_page_uri_is_followed_with_the_same_credentials()
    {
        using var generated = Generated.Compile("paging.yaml", "Tests.Paging");
        await using var server = new LoopbackHttpServer(request => request.Query.Contains("PageToken=PA2", StringComparison.Ordinal)
            ? ScriptedResponse.Json(200, """{"calls":[{"sid":"CA3"}],"next_page_uri":null,"page":1}""")
            : ScriptedResponse.Json(200, """{"calls":[{"sid":"CA1"},{"sid":"CA2"}],"next_page_uri":"/Accounts/AC1/Calls.json?PageSize=2&Page=1&PageToken=PA2","page":0}"""));
        using var http = new HttpClient();
        var client = generated.Client("PagingClient", server, http, options => options.Basic = new BasicCredentials("AC1", "token"));

        var sids = new List<string>();
        await foreach (var call in (IAsyncEnumerable<dynamic>)client.ListCallItemsAsync("AC1", pageSize: 2L))
        {
            sids.Add((string)call.Sid);
        }

        Assert.Equal(new[] { "CA1", "CA2", "CA3" }, sids);
        var requests = server.Requests.ToList();
        Assert.Equal("/Accounts/AC1/Calls.json?PageSize=2", requests[0].Target);
        Assert.Equal("/Accounts/AC1/Calls.json?PageSize=2&Page=1&PageToken=PA2", requests[1].Target);
        Assert.Equal(requests[0].Header("Authorization"), requests[1].Header("Authorization"));
        Assert.NotNull(requests[1].Header("Authorization"));
    }

    [Fact]
    public async Task A_nested_meta_next_page_url_is_followed()
    {
        using var generated = Generated.Compile("paging.yaml", "Tests.Paging");
        LoopbackHttpServer? self = null;
        await using var server = self = new LoopbackHttpServer(request => request.Query.Length == 0
            ? ScriptedResponse.Json(200, "{\"rooms\":[\"a\"],\"meta\":{\"next_page_url\":\"" + self!.BaseAddress + "v1/Rooms?Page=1\"}}")
            : ScriptedResponse.Json(200, """{"rooms":["b","c"],"meta":{"next_page_url":null}}"""));
        using var http = new HttpClient();
        var client = generated.Client("PagingClient", server, http);

        var rooms = new List<string>();
        await foreach (var room in (IAsyncEnumerable<string>)client.ListRoomItemsAsync())
        {
            rooms.Add(room);
        }

        Assert.Equal(new[] { "a", "b", "c" }, rooms);
    }

    [Fact]
    public async Task A_link_header_is_followed_for_array_replies()
    {
        using var generated = Generated.Compile("paging.yaml", "Tests.Paging");
        await using var server = new LoopbackHttpServer(request => request.Query.Length == 0
            ? new ScriptedResponse { Headers = { new("Content-Type", "application/json"), new("Link", "</records?pageToken=2>; rel=\"next\", </records>; rel=\"first\"") }, Body = "[1,2]"u8.ToArray() }
            : ScriptedResponse.Json(200, "[3]"));
        using var http = new HttpClient();
        var client = generated.Client("PagingClient", server, http);

        var numbers = new List<int>();
        await foreach (var number in (IAsyncEnumerable<int>)client.ListRecordsItemsAsync())
        {
            numbers.Add(number);
        }

        Assert.Equal(new[] { 1, 2, 3 }, numbers);
        Assert.Equal("/records?pageToken=2", server.Requests.Last().Target);
    }

    [Fact]
    public async Task A_next_link_to_another_origin_is_refused()
    {
        using var generated = Generated.Compile("paging.yaml", "Tests.Paging");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"calls":[{"sid":"CA1"}],"next_page_uri":"https://evil.example.com/steal"}"""));
        using var http = new HttpClient();
        var client = generated.Client("PagingClient", server, http, options => options.Basic = new BasicCredentials("AC1", "token"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in (IAsyncEnumerable<dynamic>)client.ListCallItemsAsync("AC1"))
            {
            }
        });

        Assert.Contains("another origin", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }
}
