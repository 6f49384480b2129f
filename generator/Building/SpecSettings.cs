using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Building;

/// <summary>What the model builder is told about one spec: its settings from MSBuild item metadata and project properties.</summary>
/// <param name="Namespace">The namespace of everything generated from the spec.</param>
/// <param name="ClientName">The client class name.</param>
/// <param name="Visibility">Whether generated types are public or internal.</param>
/// <param name="NextLinks">More next-page links to look for (dotted wire names), beyond the common ones.</param>
/// <param name="StrictEnums">Whether reading a value an enum does not list is an error rather than a kept value.</param>
/// <param name="Operations">Which operations are generated.</param>
/// <param name="WebhookSignature">How the vendor signs the spec's callbacks, when the project says (a spec cannot).</param>
internal sealed record SpecSettings(
    string Namespace,
    string ClientName,
    Visibility Visibility,
    EquatableArray<string> NextLinks = default,
    bool StrictEnums = false,
    OperationFilter? Operations = null,
    WebhookSignatureScheme WebhookSignature = WebhookSignatureScheme.None)
{
    public OperationFilter Filter => Operations ?? OperationFilter.All;
}
