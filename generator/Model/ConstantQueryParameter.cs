namespace ConferenceGen.Generator.Model;

/// <summary>
/// A query parameter written into the spec's path (<c>/items?action=delete</c>): sent on every call, before the
/// operation's own query parameters.
/// </summary>
/// <param name="Name">The name, decoded (the client percent-encodes it as it does every query name).</param>
/// <param name="Value">The value, decoded; null for a name without <c>=</c> (<c>?beta</c>).</param>
internal sealed record ConstantQueryParameter(string Name, string? Value);
