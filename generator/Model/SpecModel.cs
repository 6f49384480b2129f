namespace ConferenceGen.Generator.Model;

/// <summary>Everything one spec produces: the files to emit and the diagnostics to report.</summary>
internal sealed record SpecModel(EquatableArray<GeneratedUnit> Units, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One generated file. Each is equatable on its own, so an edit re-emits only the files it changes.</summary>
internal abstract record GeneratedUnit(string HintName, string Namespace, string Visibility);

internal sealed record ClientUnit(string HintName, string Namespace, string Visibility, ClientModel Client)
    : GeneratedUnit(HintName, Namespace, Visibility);

internal sealed record OptionsUnit(string HintName, string Namespace, string Visibility, ClientModel Client)
    : GeneratedUnit(HintName, Namespace, Visibility);

internal sealed record OperationUnit(string HintName, string Namespace, string Visibility, string ClientName, OperationModel Operation)
    : GeneratedUnit(HintName, Namespace, Visibility);

internal sealed record ObjectUnit(string HintName, string Namespace, string Visibility, ObjectModel Object)
    : GeneratedUnit(HintName, Namespace, Visibility);

internal sealed record UnionUnit(string HintName, string Namespace, string Visibility, UnionModel Union)
    : GeneratedUnit(HintName, Namespace, Visibility);

internal sealed record EnumUnit(string HintName, string Namespace, string Visibility, EnumModel Enum)
    : GeneratedUnit(HintName, Namespace, Visibility);
