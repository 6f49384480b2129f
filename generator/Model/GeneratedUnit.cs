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

/// <summary>One generated file. Each is equatable on its own, so an edit re-emits only the files it changes.</summary>
internal abstract record GeneratedUnit(string HintName, UnitScope Scope);

internal sealed record ClientUnit(string HintName, UnitScope Scope, ClientModel Client) : GeneratedUnit(HintName, Scope);

internal sealed record OptionsUnit(string HintName, UnitScope Scope, ClientModel Client) : GeneratedUnit(HintName, Scope);

internal sealed record OperationUnit(string HintName, UnitScope Scope, string ClientName, OperationModel Operation) : GeneratedUnit(HintName, Scope);

internal sealed record ObjectUnit(string HintName, UnitScope Scope, ObjectModel Object) : GeneratedUnit(HintName, Scope);

internal sealed record UnionUnit(string HintName, UnitScope Scope, UnionModel Union) : GeneratedUnit(HintName, Scope);

internal sealed record EnumUnit(string HintName, UnitScope Scope, EnumModel Enum) : GeneratedUnit(HintName, Scope);
