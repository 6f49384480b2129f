using System.Linq;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Writes the class of a client's webhook receivers: built with the signature check the user configures (the spec
/// cannot say which scheme the vendor signs with), one <c>WebhookReceiver&lt;TPayload&gt;</c> property per documented
/// callback or webhook, and one <c>WebhookReceiver&lt;WebhookEvent&gt;</c> per URL that receives several kinds.
/// </summary>
internal static class WebhookEmitter
{
    private const string Verifier = RuntimeNames.Webhooks + "IWebhookSignatureVerifier";
    private const string Receiver = RuntimeNames.Webhooks + "WebhookReceiver";
    private const string Reader = RuntimeNames.Webhooks + "WebhookPayloadReader";

    public static string Emit(WebhooksUnit unit, Syntax syntax)
    {
        var model = unit.Webhooks;
        var ns = unit.Scope.Namespace;
        var writer = GeneratedFile.Start(unit.Scope, nameSpec: true, syntax);
        writer.Line("/// <summary>");
        writer.Line("/// Receivers of the requests " + (model.ApiTitle is { Length: > 0 } title ? DocText.Summary(title) : "the API") + " sends to you (its callbacks and webhooks): each checks the request's");
        writer.Line("/// signature with the verifier given here, then reads the documented payload. Map them to endpoints with");
        writer.Line("/// ConferenceGen.AspNetCore's <c>MapWebhook</c>, or call <c>Receive</c> with a <see cref=\"" + RuntimeNames.Webhooks + "WebhookRequest\"/>.");
        writer.Line("/// </summary>");
        writer.Line("[" + GeneratedFile.GeneratedCodeAttribute + "]");
        writer.Line(GeneratedFile.Keyword(unit.Scope.Visibility) + " sealed partial class " + model.ClassName);
        writer.Open();
        writer.Line("/// <summary>Receivers that accept only the requests <paramref name=\"verifier\"/> proves to come from the vendor.</summary>");
        writer.Line("/// <param name=\"verifier\">The vendor's signature check with the account's keys (<c>new TwilioSignatureVerifier(authToken)</c>, <c>new SignalWireSignatureVerifier(signingKey)</c>, <c>new BasicAuthWebhookVerifier(credentials)</c>, …).</param>");
        writer.Line("public " + model.ClassName + "(" + Verifier + " verifier)");
        writer.Open();
        writer.Line("Verifier = verifier ?? throw new " + RuntimeNames.ArgumentNullException + "(nameof(verifier));");
        foreach (var receiver in model.Receivers)
        {
            writer.Line(receiver.Name + " = " + syntax.New(Receiver + "<" + TypeNames.Of(syntax, receiver.Payload) + ">") + "(" + CSharpLiteral.String(receiver.Name) + ", " + CSharpLiteral.String(Method(receiver.Method)) + ", verifier, " + Body(syntax, receiver.Payload, receiver.Json, receiver.Form, ns) + ");");
        }

        foreach (var events in model.Events)
        {
            var cases = string.Concat(events.Cases.Select(c => ", " + RuntimeNames.Webhooks + "WebhookEventCase.Of(" + CSharpLiteral.String(c.Value) + ", " + Body(syntax, c.Payload, c.Json, c.Form, ns) + ")"));
            writer.Line(events.Name + " = " + syntax.New(Receiver + "<" + RuntimeNames.Webhooks + "WebhookEvent>") + "(" + CSharpLiteral.String(events.Name) + ", " + CSharpLiteral.String(Method(events.Method)) + ", verifier, " + Reader + ".Events(" + CSharpLiteral.String(events.Discriminator) + cases + "));");
        }

        writer.Close();
        KeysConstructor(writer, model);
        writer.Line();
        writer.Line("/// <summary>The signature check of every receiver.</summary>");
        writer.Line("public " + Verifier + " Verifier { get; }");
        foreach (var receiver in model.Receivers)
        {
            writer.Line();
            writer.Line("/// <summary>");
            if (DocText.Summary(receiver.Summary) is { Length: > 0 } summary)
            {
                writer.Line("/// " + summary);
                writer.Line("/// <para/>");
            }

            writer.Line("/// The " + DocText.Escape(receiver.Origin) + ": " + Method(receiver.Method) + (receiver.Url is { } url ? " to <c>" + DocText.Escape(url) + "</c>" : string.Empty) + ", " + Media(receiver.Json, receiver.Form) + ".");
            writer.Line("/// </summary>");
            writer.Line("public " + Receiver + "<" + TypeNames.Of(syntax, receiver.Payload) + "> " + receiver.Name + " { get; }");
        }

        foreach (var events in model.Events)
        {
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// Every kind of " + DocText.Escape(events.Origin) + ", told apart by <c>" + DocText.Escape(events.Discriminator) + "</c>: "
                + string.Join(", ", events.Cases.Select(c => "<c>" + DocText.Escape(c.Value) + "</c> (" + TypeNames.DocReference(syntax, c.Payload) + ")")) + ".");
            writer.Line("/// A kind the spec does not list is handed over with a null payload, its raw body on the delivery's request.");
            writer.Line("/// </summary>");
            writer.Line("public " + Receiver + "<" + RuntimeNames.Webhooks + "WebhookEvent> " + events.Name + " { get; }");
        }

        writer.Close();
        return GeneratedFile.End(writer, syntax);
    }

    /// <summary>With the project's <c>WebhookSignature</c> metadata: a constructor that takes the keys of that scheme.</summary>
    private static void KeysConstructor(SourceWriter writer, WebhooksModel model)
    {
        var (parameter, verifier, doc) = model.Signature switch
        {
            WebhookSignatureScheme.Twilio => ("params string[] authTokens", "TwilioSignatureVerifier(authTokens)", "Twilio's X-Twilio-Signature, made with any of <paramref name=\"authTokens\"/> (the primary and, while rotating, the secondary auth token)"),
            WebhookSignatureScheme.SignalWire => ("params string[] signingKeys", "SignalWireSignatureVerifier(signingKeys)", "SignalWire's X-SignalWire-Signature, made with any of <paramref name=\"signingKeys\"/>"),
            WebhookSignatureScheme.Basic => ("params " + RuntimeNames.Http + "BasicCredentials[] credentials", "BasicAuthWebhookVerifier(credentials)", "the HTTP Basic credentials configured on the callbacks, any of <paramref name=\"credentials\"/>"),
            _ => (null, null, null),
        };
        if (parameter is null)
        {
            return;
        }

        writer.Line();
        writer.Line("/// <summary>Receivers that accept only requests signed with " + doc + " (the project's <c>WebhookSignature</c> metadata).</summary>");
        writer.Line("public " + model.ClassName + "(" + parameter + ") : this(new " + RuntimeNames.Webhooks + verifier + ") { }");
    }

    private static string Body(Syntax syntax, TypeRef payload, bool json, bool form, string ns) =>
        Reader + ".Body(" + TypeNames.Codec(syntax, payload, ns) + ", json: " + (json ? "true" : "false") + ", form: " + (form ? "true" : "false") + ")";

    private static string Method(HttpVerb verb) => verb.ToString().ToUpperInvariant();

    private static string Media(bool json, bool form) => json && form ? "a JSON or form body" : json ? "a JSON body" : "a form body";
}
