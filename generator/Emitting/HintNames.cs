using System;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// The file name (Roslyn's hint name) of each generated unit: <c>Namespace.Type.g.cs</c>, and
/// <c>Namespace.Client.MethodAsync.g.cs</c> for an operation. The name also becomes a file on disk when a project
/// sets <c>EmitCompilerGeneratedFiles</c>, under <c>obj/…/generated/…</c>, whose folders already take about a hundred
/// characters: a name longer than <see cref="MaxLength"/> is cut and ends in <c>-</c> (which no identifier holds) and a
/// short hash of the whole name, so it stays unique and the same from build to build, and Windows' 260-character
/// paths are not exceeded.
/// </summary>
internal static class HintNames
{
    /// <summary>The longest hint name written.</summary>
    public const int MaxLength = 100;

    private const string Extension = ".g.cs";

    public static string Of(GeneratedUnit unit) => Bounded(unit.Scope.Namespace + "." + unit switch
    {
        ClientUnit client => client.Client.Name,
        OptionsUnit options => options.Client.OptionsName,
        OperationUnit operation => operation.ClientName + "." + operation.MethodKey,
        ObjectUnit model => model.Object.Name,
        UnionUnit union => union.Union.Name,
        EnumUnit enumeration => enumeration.Enum.Name,
        WebhooksUnit webhooks => webhooks.Webhooks.ClassName,
        _ => throw new ArgumentException($"No file name for {unit.GetType().Name}.", nameof(unit)),
    });

    /// <summary><paramref name="name"/> with <c>.g.cs</c>, cut to <see cref="MaxLength"/> characters with a hash of the whole where it is longer.</summary>
    internal static string Bounded(string name)
    {
        if (name.Length + Extension.Length <= MaxLength)
        {
            return name + Extension;
        }

        var hash = "-" + StableHash.Of(name);
        return name.Substring(0, MaxLength - Extension.Length - hash.Length).TrimEnd('.') + hash + Extension;
    }
}
