using System.Collections.Generic;

namespace ConferenceGen.Generator.Tests.Documentation;

/// <summary>A spec of the reader's project: the name the pages give it, where the repository keeps it, its item metadata.</summary>
internal sealed class ExampleSpec
{
    public ExampleSpec(string name, string repositoryPath, IReadOnlyDictionary<string, string>? metadata = null)
    {
        Name = name;
        RepositoryPath = repositoryPath;
        // As the package hands a file of specs/ over: in the folder itself, plus what the project file sets.
        var all = new Dictionary<string, string> { ["ConferenceGenFolder"] = string.Empty };
        foreach (var pair in metadata ?? new Dictionary<string, string>())
        {
            all[pair.Key] = pair.Value;
        }

        Metadata = all;
    }

    public string Name { get; }

    public string RepositoryPath { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }
}
