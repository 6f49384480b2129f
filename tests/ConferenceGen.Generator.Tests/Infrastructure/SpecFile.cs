using System.Collections.Generic;

namespace ConferenceGen.Generator.Tests.Infrastructure;

/// <summary>A spec handed to the generator, with the item metadata a project would give it.</summary>
internal sealed record SpecFile(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null);
