using System;
using System.Collections.Generic;
using System.Text;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Runtime.Webhooks;

namespace ConferenceGen.EndToEnd.Tests.Webhooks;

/// <summary>Bandwidth's callbacks carry the HTTP Basic credentials configured on the callback.</summary>
public sealed class BasicAuthWebhookTests
{
    private readonly BasicAuthWebhookVerifier _verifier = new(new BasicCredentials("callback-user", "old password"), new BasicCredentials("callback-user", "new pässword"));

    [Theory]
    [InlineData("callback-user", "old password")]
    [InlineData("callback-user", "new pässword")]
    public void Any_of_the_configured_credentials_is_accepted(string user, string password)
    {
        Assert.True(_verifier.Verify(Request("Basic " + Encode(user, password))).IsValid);
    }

    [Theory]
    [InlineData("Basic Y2FsbGJhY2stdXNlcjpvbGQgcGFzc3dvcmR4")]
    [InlineData("Bearer token")]
    [InlineData(null)]
    public void Other_credentials_or_none_are_refused(string? authorization)
    {
        Assert.False(_verifier.Verify(Request(authorization)).IsValid);
    }

    [Fact]
    public void The_scheme_is_matched_without_regard_to_case()
    {
        Assert.True(_verifier.Verify(Request("basic " + Encode("callback-user", "old password"))).IsValid);
    }

    private static string Encode(string user, string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));

    private static WebhookRequest Request(string? authorization)
    {
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" };
        if (authorization is not null)
        {
            headers["Authorization"] = authorization;
        }

        return new WebhookRequest("POST", "https://example.com/bandwidth/conference", headers, Encoding.UTF8.GetBytes("{}"));
    }
}
