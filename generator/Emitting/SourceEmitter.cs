using System;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>Chooses the emitter of each kind of generated file.</summary>
internal static class SourceEmitter
{
    public static string Emit(GeneratedUnit unit) => unit switch
    {
        ClientUnit client => ClientEmitter.EmitClient(client),
        OptionsUnit options => ClientEmitter.EmitOptions(options),
        OperationUnit operation => OperationEmitter.Emit(operation),
        ObjectUnit model => ModelEmitter.Emit(model),
        EnumUnit enumeration => EnumEmitter.Emit(enumeration),
        UnionUnit union => UnionEmitter.Emit(union),
        _ => throw new ArgumentException($"No emitter for {unit.GetType().Name}.", nameof(unit)),
    };
}
