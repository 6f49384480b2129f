using System.Reflection;

namespace ConferenceGen.Generator.Emitting;

/// <summary>The generator's name and version, written into <c>[GeneratedCode]</c>.</summary>
internal static class GeneratorInfo
{
    public const string Name = "ConferenceGen";

    public static readonly string Version =
        typeof(GeneratorInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? "0.0.0";
}
