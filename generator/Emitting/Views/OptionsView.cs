using System.Collections.Generic;

namespace ConferenceGen.Generator.Emitting.Views;

/// <summary>What <c>Options.scriban</c> prints: the properties in order, and the variables that must be set.</summary>
internal sealed record OptionsView(
    string Header,
    string Footer,
    string GeneratedCode,
    string Visibility,
    string Name,
    string ClientName,
    IReadOnlyList<OptionsMemberView> Members,
    IReadOnlyList<RequiredVariableView> RequiredVariables);

/// <summary>One options property: its documentation lines and its declaration.</summary>
internal sealed record OptionsMemberView(IReadOnlyList<string> Docs, string Declaration);

/// <summary>A server variable without a default: <c>Validate</c> reports it when neither it nor a base address is set.</summary>
internal sealed record RequiredVariableView(string Property, string MissingMessage);
