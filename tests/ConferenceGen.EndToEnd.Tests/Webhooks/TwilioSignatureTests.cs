using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConferenceGen.Runtime.Webhooks;

namespace ConferenceGen.EndToEnd.Tests.Webhooks;

/// <summary>
/// Twilio's X-Twilio-Signature, with Twilio's own code as the judge: its Node.js library computes and validates
/// signatures of generated callbacks (forms with repeated and non-ASCII values, JSON with bodySHA256, ports, query
/// strings, GET callbacks), and its C# SDK (8.2.0) validates the ones computed here.
/// </summary>
public sealed class TwilioSignatureTests
{
    private const string Token = "12345678901234567890123456789012";
    private const string RetiredToken = "abcdefabcdefabcdefabcdefabcdefab";

    private static readonly IReadOnlyList<SignedCase> Cases = SignedRequestSet.Create(240);

    [Fact]
    public void Every_kind_of_callback_is_in_the_generated_set()
    {
        Assert.Contains(Cases, c => c.Kind == CallbackKind.Form && c.HasRepeatedNames);
        Assert.Contains(Cases, c => c.Kind == CallbackKind.Form && c.Fields.Any(f => f.Value.Any(char.IsSurrogate)));
        Assert.Contains(Cases, c => c.Kind == CallbackKind.Json);
        Assert.Contains(Cases, c => c.Kind == CallbackKind.Get && c.SignedUrl.Contains('?'));
        Assert.Contains(Cases, c => c.SignedUrl != c.ReceivedUrl && c.ReceivedUrl.Contains(":443"));
        Assert.Contains(Cases, c => c.SignedUrl != c.ReceivedUrl && !c.ReceivedUrl.Contains(":443") && !c.ReceivedUrl.Contains(":80"));
        Assert.Contains(Cases, c => c.SignedUrl.Contains(":8443"));
    }

    [Fact]
    public void Signatures_made_by_Twilios_node_library_are_accepted_with_either_token_during_a_rotation()
    {
        var answers = TwilioNode.Run(Cases.Select(c => (Token, c.SignedUrl, c.SignedFields, c.Body, (string?)null)));
        var verifier = new TwilioSignatureVerifier(RetiredToken, Token);

        for (var i = 0; i < Cases.Count; i++)
        {
            var verification = verifier.Verify(Cases[i].Request(TwilioSignature.HeaderName, answers[i].Signature));
            Assert.True(verification.IsValid, $"case {i} ({Cases[i]}): {verification}");
        }
    }

    [Fact]
    public void Signatures_computed_here_are_the_ones_Twilios_node_library_computes()
    {
        var answers = TwilioNode.Run(Cases.Select(c => (Token, c.SignedUrl, c.SignedFields, c.Body, (string?)null)));

        for (var i = 0; i < Cases.Count; i++)
        {
            Assert.Equal(answers[i].Signature, TwilioSignature.Compute(Token, Cases[i].SignedUrl, Cases[i].SignedFields));
            if (Cases[i].Body is { } body)
            {
                Assert.Equal(answers[i].BodyHash, TwilioSignature.BodyHash(Encoding.UTF8.GetBytes(body)));
            }
        }
    }

    [Fact]
    public void Twilios_node_library_validates_the_signatures_computed_here()
    {
        var answers = TwilioNode.Run(Cases.Select(c => (Token, c.ReceivedUrl, c.SignedFields, c.Body, (string?)TwilioSignature.Compute(Token, c.SignedUrl, c.SignedFields))));

        for (var i = 0; i < Cases.Count; i++)
        {
            Assert.True(answers[i].Validates, $"case {i} ({Cases[i]})");
        }
    }

    [Fact]
    public void Twilios_csharp_sdk_validates_the_signatures_computed_here()
    {
        // Its NameValueCollection overload joins a repeated name's values with commas; its dictionary overload holds
        // one value per name: the cases with repeated names are left to the Node.js library. It is given the URL as
        // signed: it rebuilds URLs through UriBuilder, which drops a default port written out (":443"), so the URL the
        // server saw with that port is left to the Node.js library too.
        var validator = new global::Twilio.Security.RequestValidator(Token);
        var checkedCases = 0;
        foreach (var c in Cases.Where(c => !c.HasRepeatedNames))
        {
            var signature = TwilioSignature.Compute(Token, c.SignedUrl, c.SignedFields);
            var valid = c.Kind switch
            {
                CallbackKind.Json => validator.Validate(c.SignedUrl, c.Body!, signature),
                CallbackKind.Form => validator.Validate(c.SignedUrl, c.Fields.ToDictionary(f => f.Key, f => f.Value), signature),
                _ => validator.Validate(c.SignedUrl, new Dictionary<string, string>(), signature),
            };
            Assert.True(valid, $"{c}");
            checkedCases++;
        }

        Assert.True(checkedCases > 150, checkedCases.ToString());
    }

    [Fact]
    public void A_changed_field_url_or_body_is_refused()
    {
        var verifier = new TwilioSignatureVerifier(Token);
        foreach (var c in Cases)
        {
            var signature = TwilioSignature.Compute(Token, c.SignedUrl, c.SignedFields);
            var otherPath = c.ReceivedUrl.Replace("/callbacks/", "/callbackz/").Replace("/twilio/", "/twilia/").Replace("/hooks/", "/hookz/");
            Assert.False(verifier.Verify(c.Request(TwilioSignature.HeaderName, signature, url: otherPath)).IsValid, "path: " + c);
            switch (c.Kind)
            {
                case CallbackKind.Form:
                    var changed = c with { Fields = c.Fields.Select((f, i) => i == 0 ? new KeyValuePair<string, string>(f.Key, f.Value + "x") : f).ToList() };
                    Assert.False(verifier.Verify(changed.Request(TwilioSignature.HeaderName, signature)).IsValid, "field: " + c);
                    break;
                case CallbackKind.Json:
                    var body = c.BodyBytes();
                    body[body.Length - 2] ^= 1;
                    var refused = verifier.Verify(c.Request(TwilioSignature.HeaderName, signature, body: body));
                    Assert.False(refused.IsValid, "body: " + c);
                    Assert.Contains("bodySHA256", refused.Failure);
                    break;
                default:
                    Assert.False(verifier.Verify(c.Request(TwilioSignature.HeaderName, signature, url: c.ReceivedUrl + (c.ReceivedUrl.Contains('?') ? "&" : "?") + "extra=1")).IsValid, "query: " + c);
                    break;
            }
        }
    }

    [Fact]
    public void A_signature_made_with_another_token_or_no_signature_is_refused()
    {
        var verifier = new TwilioSignatureVerifier(Token);
        var c = Cases.First(c => c.Kind == CallbackKind.Form);

        Assert.False(verifier.Verify(c.Request(TwilioSignature.HeaderName, TwilioSignature.Compute(RetiredToken, c.SignedUrl, c.SignedFields))).IsValid);
        Assert.Equal("the X-Twilio-Signature header is missing", verifier.Verify(c.Request(TwilioSignature.HeaderName, null)).Failure);
        Assert.False(verifier.Verify(c.Request(TwilioSignature.HeaderName, "not base64!")).IsValid);
    }

    [Fact]
    public void A_failure_names_no_key_and_no_expected_signature()
    {
        var verifier = new TwilioSignatureVerifier(Token);
        var c = Cases.First(c => c.Kind == CallbackKind.Form);
        var expected = TwilioSignature.Compute(Token, c.SignedUrl, c.SignedFields);

        var failure = verifier.Verify(c.Request(TwilioSignature.HeaderName, TwilioSignature.Compute(RetiredToken, c.SignedUrl, c.SignedFields))).Failure!;

        Assert.DoesNotContain(Token, failure);
        Assert.DoesNotContain(expected, failure);
    }
}
