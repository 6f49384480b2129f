using System.Collections.Generic;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Prism.Tests.Specs;

/// <summary>A spec checked on the wire: the file Prism serves, and the same text handed to the generator.</summary>
/// <param name="Name">How the test case is named.</param>
/// <param name="PrismPath">The file on disk that Prism reads (for a spec split over several files, its entry file: Prism follows its references itself).</param>
/// <param name="Generator">The spec as the generator sees it (a file of the project's specs/ folder).</param>
/// <param name="Fragments">The other files of its folder, for a spec split over several files; none otherwise.</param>
internal sealed record WireSpec(string Name, string PrismPath, SpecFile Generator, IReadOnlyList<SpecFile> Fragments);
