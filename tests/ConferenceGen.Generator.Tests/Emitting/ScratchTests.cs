using System.IO;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Emitting;

public class ScratchTests
{
    [Fact]
    public void Twilio()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.ProjectSpec("twilio.yaml"));
        Directory.CreateDirectory("/tmp/gen");
        foreach (var (hint, text) in result.Sources)
        {
            File.WriteAllText(Path.Combine("/tmp/gen", hint), text);
        }

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.True(result.CompileProblems.Count == 0, result.Describe(result.CompileProblems));
    }
}
