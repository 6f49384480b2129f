using System.Collections.Generic;

namespace ConferenceGen.Generator.Emitting.Views;

/// <summary>What <c>Options.scriban</c> prints: the properties in order, the variables that must be set, the spec's token URLs.</summary>
internal sealed record OptionsView(
    string Header,
    string Footer,
    string GeneratedCode,
    string Visibility,
    string Name,
    string ClientName,
    IReadOnlyList<OptionsMemberView> Members,
    IReadOnlyList<RequiredVariableView> RequiredVariables,
    IReadOnlyList<TokenUrlView> TokenUrls);

/// <summary>One options property: its documentation lines and its declaration.</summary>
internal sealed record OptionsMemberView(IReadOnlyList<string> Docs, string Declaration);

/// <summary>A server variable without a default: <c>Validate</c> reports it when neither it nor a base address is set.</summary>
internal sealed record RequiredVariableView(string Property, string MissingMessage);

/// <summary>An OAuth 2 scheme's client credentials flow: the property that holds its credentials and the spec's token URL (a C# literal).</summary>
internal sealed record TokenUrlView(string Property, string Url);
