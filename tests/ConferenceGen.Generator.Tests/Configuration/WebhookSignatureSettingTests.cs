using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConferenceGen.Generator.Tests.Constructs;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Runtime.Webhooks;
using Microsoft.CodeAnalysis;

namespace ConferenceGen.Generator.Tests.Configuration;

/// <summary>
/// The <c>WebhookSignature</c> item metadata names a spec's signature scheme (a spec cannot): the receivers' class then
/// also has a constructor that takes that scheme's keys.
/// </summary>
public sealed class WebhookSignatureSettingTests
{
    [Theory]
    [InlineData("Twilio", "params string[] authTokens")]
    [InlineData("signalwire", "params string[] signingKeys")]
    [InlineData("Basic", "params ConferenceGen.Runtime.Http.BasicCredentials[] credentials")]
    [InlineData("Bandwidth", "params ConferenceGen.Runtime.Http.BasicCredentials[] credentials")]
    public void The_named_scheme_adds_a_constructor_that_takes_its_keys(string scheme, string parameter)
    {
        var result = Run(scheme);

        Assert.Equal(new[] { "ConferenceGen.Runtime.Webhooks.IWebhookSignatureVerifier verifier", parameter }, Constructors(result));
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Hmac")]
    public void Without_a_known_scheme_the_receivers_take_a_verifier_only(string? scheme)
    {
        Assert.Equal(new[] { "ConferenceGen.Runtime.Webhooks.IWebhookSignatureVerifier verifier" }, Constructors(Run(scheme)));
    }

    [Fact]
    public void Receivers_built_from_auth_tokens_check_Twilios_signature_with_each()
    {
        using var generated = new Generated(LoadedAssembly.From(Run("Twilio").Output), "Tests.Webhooks");
        dynamic webhooks = Activator.CreateInstance(generated.Type("WebhooksClientWebhooks"), (object)new[] { "old-token", "new-token" })!;
        const string Url = "https://example.com/hooks";
        var body = Encoding.UTF8.GetBytes("{\"event_type\":\"conference.ended\",\"conference_id\":\"c-1\"}");
        var url = Url + "?bodySHA256=" + TwilioSignature.BodyHash(body);

        WebhookRequest Signed(string token) => new("POST", url, new Dictionary<string, string>
        {
            ["Content-Type"] = "application/json",
            [TwilioSignature.HeaderName] = TwilioSignature.Compute(token, url),
        }, body);

        Assert.True(webhooks.ConferenceEnded.Receive(Signed("new-token")).HasPayload);
        Assert.True(webhooks.ConferenceEnded.Receive(Signed("old-token")).HasPayload);
        Assert.False(webhooks.ConferenceEnded.Receive(Signed("other-token")).IsVerified);
    }

    private static GeneratorResult Run(string? scheme)
    {
        var spec = ConstructSpecs.Load("webhooks.yaml");
        return GeneratorHarness.Run(scheme is null ? spec : spec with { Metadata = new Dictionary<string, string> { ["WebhookSignature"] = scheme } });
    }

    private static string[] Constructors(GeneratorResult result) =>
        result.Output.GetTypeByMetadataName("Tests.Webhooks.WebhooksClientWebhooks")!.InstanceConstructors
            .Select(c => string.Join(", ", c.Parameters.Select(p => (p.IsParams ? "params " : string.Empty) + p.Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + " " + p.Name)))
            .OrderBy(s => s.StartsWith("params", StringComparison.Ordinal))
            .ToArray();
}
