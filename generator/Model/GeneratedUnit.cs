namespace ConferenceGen.Generator.Model;

/// <summary>Whether generated types are visible outside the consumer's assembly.</summary>
internal enum Visibility
{
    Public,
    Internal,
}

/// <summary>Where a unit's file goes and what it is declared in; the same for every file of one spec.</summary>
/// <param name="SpecPath">The spec the unit comes from, for documentation and for locating emit failures.</param>
internal sealed record UnitScope(string Namespace, Visibility Visibility, string SpecPath)
{
    public string SpecFileName => System.IO.Path.GetFileName(SpecPath);
}

/// <summary>
/// One generated file. Each is equatable on its own, so an edit re-emits only the files it changes. Its file name
/// (the hint name) is the emitters' business (<c>Emitting/HintNames</c>); the unit holds what tells it apart.
/// </summary>
internal abstract record GeneratedUnit(UnitScope Scope);

internal sealed record ClientUnit(UnitScope Scope, ClientModel Client) : GeneratedUnit(Scope);

internal sealed record OptionsUnit(UnitScope Scope, ClientModel Client) : GeneratedUnit(Scope);

/// <param name="ClientName">The client class the method belongs to.</param>
/// <param name="InterfaceName">The client's interface, which declares the method too.</param>
/// <param name="MethodKey">Tells the method's file apart from the client's other methods: its name, and for an overload the kind of body (<c>CreateMessageAsync.Multipart</c>).</param>
internal sealed record OperationUnit(UnitScope Scope, string ClientName, string InterfaceName, string MethodKey, OperationModel Operation) : GeneratedUnit(Scope);

internal sealed record ObjectUnit(UnitScope Scope, ObjectModel Object) : GeneratedUnit(Scope);

internal sealed record UnionUnit(UnitScope Scope, UnionModel Union) : GeneratedUnit(Scope);

internal sealed record EnumUnit(UnitScope Scope, EnumModel Enum) : GeneratedUnit(Scope);

/// <summary>The receivers of a client's callbacks and webhooks (one file per client that has any).</summary>
internal sealed record WebhooksUnit(UnitScope Scope, WebhooksModel Webhooks) : GeneratedUnit(Scope);
