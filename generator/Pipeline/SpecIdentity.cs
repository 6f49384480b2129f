namespace ConferenceGen.Generator.Pipeline;

/// <summary>What makes a spec's generated code distinct: where it is, and the namespace and client it generates.</summary>
internal sealed record SpecIdentity(string Path, string Namespace, string ClientName);
