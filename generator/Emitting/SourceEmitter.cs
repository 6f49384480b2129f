using System;
using ConferenceGen.Generator.Emitting.Operations;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>Chooses the emitter of each kind of generated file.</summary>
internal static class SourceEmitter
{
    /// <summary>The file of a unit, in modern C# (what the snapshots hold).</summary>
    public static string Emit(GeneratedUnit unit) => Emit(unit, Syntax.Modern);

    /// <summary>The file of a unit, in the dialect of the consumer's compilation.</summary>
    public static string Emit(GeneratedUnit unit, Syntax syntax) => unit switch
    {
        ClientUnit client => ClientEmitter.EmitClient(client, syntax),
        OptionsUnit options => ClientEmitter.EmitOptions(options, syntax),
        OperationUnit operation => OperationEmitter.Emit(operation, syntax),
        ObjectUnit model => ModelEmitter.Emit(model, syntax),
        EnumUnit enumeration => EnumEmitter.Emit(enumeration, syntax),
        UnionUnit union => UnionEmitter.Emit(union, syntax),
        WebhooksUnit webhooks => WebhookEmitter.Emit(webhooks, syntax),
        _ => throw new ArgumentException($"No emitter for {unit.GetType().Name}.", nameof(unit)),
    };
}
