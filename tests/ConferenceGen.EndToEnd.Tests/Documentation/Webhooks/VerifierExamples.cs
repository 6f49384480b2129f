using System;
using ConferenceGen.Ed25519;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Runtime.Webhooks;

namespace ConferenceGen.EndToEnd.Tests.Documentation.Webhooks;

public static class VerifierExamples
{
    public static IWebhookSignatureVerifier[] All(string authToken, string signingKey, string oldSigningKey, string telnyxPublicKey, string password) =>
    [
        new TwilioSignatureVerifier(authToken),
        new SignalWireSignatureVerifier(signingKey, oldSigningKey),
        new BasicAuthWebhookVerifier(new BasicCredentials("bandwidth-callbacks", password)),
        new TelnyxSignatureVerifier(Ed25519Verifier.Instance, [telnyxPublicKey], tolerance: TimeSpan.FromMinutes(5)),
    ];
}
