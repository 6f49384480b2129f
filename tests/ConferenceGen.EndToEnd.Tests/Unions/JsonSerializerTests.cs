using System;
using System.Text.Json;
using Unions;

namespace ConferenceGen.EndToEnd.Tests.Unions;

/// <summary>
/// Generated models, enums and unions inside the user's own types, through <see cref="JsonSerializer"/>: each names
/// the runtime's one converter in its attribute, which finds the type's codec (specs/unions.yaml; this file runs on
/// both runtime builds).
/// </summary>
public sealed class JsonSerializerTests
{
    [Fact]
    public void Generated_types_inside_the_users_own_record_are_read_and_written_in_their_wire_form()
    {
        const string json = """{"Event":{"type":"completed","at":"2024-05-01T10:03:04Z","duration":180},"Sip":{"uri":"sip:alice@example.com","transport":"tls"},"Transport":"udp","Endpoint":"15550100"}""";

        var saved = JsonSerializer.Deserialize<Saved>(json)!;

        Assert.Equal(180, Assert.IsType<Completed>(saved.Event.Value).Duration);
        Assert.Equal(new Uri("sip:alice@example.com"), saved.Sip.Uri);
        Assert.Same(SipEndpointTransport.Tls, saved.Sip.Transport);
        Assert.Same(SipEndpointTransport.Udp, saved.Transport);
        Assert.Equal("15550100", saved.Endpoint.Value);
        Assert.Equal(json, JsonSerializer.Serialize(saved));
    }

    [Fact]
    public void A_model_made_in_code_is_written_as_its_codec_writes_it()
    {
        var sip = new SipEndpoint { Uri = new Uri("sip:bob@example.com"), Transport = SipEndpointTransport.Udp };

        Assert.Equal("""{"uri":"sip:bob@example.com","transport":"udp"}""", JsonSerializer.Serialize(sip));
    }

    private sealed record Saved(CallEvent Event, SipEndpoint Sip, SipEndpointTransport Transport, Endpoint Endpoint);
}
