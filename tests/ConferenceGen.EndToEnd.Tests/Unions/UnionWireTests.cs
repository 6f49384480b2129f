using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using ConferenceGen.Testing;
using Unions;

namespace ConferenceGen.EndToEnd.Tests.Unions;

/// <summary>
/// Union replies read from a socket and matched with <c>switch</c>; a variant sent without setting its discriminator,
/// which its type fixes; and replies the spec does not describe, kept and sent back as they came (specs/unions.yaml).
/// </summary>
public sealed class UnionWireTests
{
    [Fact]
    public async Task A_switch_over_the_replys_union_sees_each_alternative_the_discriminator_names()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """
            [
              {"type":"ringing","at":"2024-05-01T10:00:00Z"},
              {"type":"answered","at":"2024-05-01T10:00:04Z","by":"+15550100"},
              {"type":"completed","at":"2024-05-01T10:03:04Z","duration":180}
            ]
            """));
        using var http = new HttpClient();

        var events = await Client(server, http).ListCallEventsAsync("CA1");

        var described = new List<string>();
        foreach (var callEvent in events)
        {
            switch (callEvent.Value)
            {
                case Ringing ringing:
                    described.Add("ringing at " + ringing.At.ToString("HH:mm:ss"));
                    break;
                case Answered answered:
                    described.Add("answered by " + answered.By);
                    break;
                case Completed completed:
                    described.Add("completed after " + completed.Duration + " s");
                    break;
                case JsonElement other:
                    described.Add("not in the spec: " + other.GetRawText());
                    break;
            }
        }

        Assert.Equal(["ringing at 10:00:00", "answered by +15550100", "completed after 180 s"], described);
        Assert.Equal("/calls/CA1/events", server.SingleRequest().Target);
        Assert.True(events[1].TryGetAnswered(out var answeredEvent));
        Assert.Equal("answered", answeredEvent.Type);
        Assert.Equal("completed", events[2].AsCompleted()?.Type);
    }

    [Fact]
    public async Task An_event_whose_discriminator_the_spec_does_not_list_is_read_as_its_json()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """
            [{"type":"transferred","at":"2024-05-01T10:01:00Z","to":"+15550199"},{"type":"ringing","at":"2024-05-01T10:00:00Z"}]
            """));
        using var http = new HttpClient();

        var events = await Client(server, http).ListCallEventsAsync("CA1");

        Assert.Equal("transferred", events[0].Discriminator);
        var other = Assert.IsType<JsonElement>(events[0].Value);
        Assert.Equal("+15550199", other.GetProperty("to").GetString());
        Assert.False(events[0].TryGetRinging(out _));
        Assert.IsType<Ringing>(events[1].Value);
    }

    [Fact]
    public async Task A_variant_is_sent_with_the_discriminator_its_type_fixes()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"verb":"play","url":"https://example.com/hold.mp3","loop":2}"""));
        using var http = new HttpClient();

        // No Verb to set: Say's type fixes it, and Say converts to an Instruction.
        var reply = await Client(server, http).SendInstructionAsync("CA1", new Say { Text = "Please hold" });

        var request = server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/calls/CA1/instructions", request.Target);
        Assert.Equal("""{"verb":"say","text":"Please hold"}""", request.BodyText);
        var play = Assert.IsType<Play>(reply.Value);
        Assert.Equal("play", play.Verb);
        Assert.Equal(2, play.Loop);
    }

    [Fact]
    public async Task A_reply_read_with_an_unlisted_value_is_sent_back_as_it_came()
    {
        const string json = """{"verb":"record","maxLength":30}""";
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, json));
        using var http = new HttpClient();
        var client = Client(server, http);

        var unknown = await client.SendInstructionAsync("CA1", new Play { Url = new Uri("https://example.com/a.mp3") });
        await client.SendInstructionAsync("CA2", unknown);

        Assert.Equal("record", unknown.Discriminator);
        Assert.IsType<JsonElement>(unknown.Value);
        Assert.Collection(server.Requests,
            first => Assert.Equal("""{"verb":"play","url":"https://example.com/a.mp3"}""", first.BodyText),
            second => Assert.Equal(json, second.BodyText));
    }

    [Fact]
    public async Task Without_a_discriminator_the_endpoint_is_the_first_alternative_whose_shape_the_reply_has()
    {
        var replies = new Queue<string>(["""{"number":"+15550100"}""", """{"uri":"sip:ada@example.com","transport":"tls"}""", "\"conference-bridge-1\"", """{"uri":"sip:bob@example.com","transport":"carrier-pigeon"}"""]);
        await using var server = new LoopbackHttpServer(_ => ScriptedResponse.Json(200, replies.Dequeue()));
        using var http = new HttpClient();
        var client = Client(server, http);

        var described = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var endpoint = await client.GetEndpointAsync("PA" + i);
            described.Add(endpoint.Value switch
            {
                PhoneEndpoint phone => "phone " + phone.Number,
                SipEndpoint sip => "sip " + sip.Uri + " over " + sip.Transport,
                string name => "named " + name,
                _ => "unknown",
            });
        }

        // The last transport is no listed value: not the SIP shape exactly, but still read as SIP, its value kept.
        Assert.Equal(["phone +15550100", "sip sip:ada@example.com over tls", "named conference-bridge-1", "sip sip:bob@example.com over carrier-pigeon"], described);
    }

    private static UnionsClient Client(LoopbackHttpServer server, HttpClient http) =>
        new(http, new UnionsClientOptions { BaseAddress = server.BaseAddress });
}
