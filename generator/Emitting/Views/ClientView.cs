using System.Collections.Generic;

namespace ConferenceGen.Generator.Emitting.Views;

/// <summary>What <c>Client.scriban</c> prints: every piece already rendered, so the template only places it.</summary>
internal sealed record ClientView(
    string Header,
    string Footer,
    IReadOnlyList<string> Docs,
    string ServerUrl,
    string GeneratedCode,
    string Visibility,
    string Name,
    string InterfaceName,
    string OptionsName,
    string ServerExpression,
    IReadOnlyList<CredentialFieldView> Credentials,
    string CheckHttpClient,
    string CheckOptions,
    string StaticLambda);

/// <summary>A field holding one scheme's credentials, read from the options once.</summary>
internal sealed record CredentialFieldView(string Type, string Field, string Property);
