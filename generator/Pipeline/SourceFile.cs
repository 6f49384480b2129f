using ConferenceGen.Generator.Reading.Bundling;

namespace ConferenceGen.Generator.Pipeline;

/// <summary>
/// A YAML or JSON file the build hands the generator, as the files of a spec folder: a spec of its own or a fragment
/// that specs refer to. Made per file, so an edit re-scans only the edited file.
/// </summary>
/// <param name="Path">Its path as the build gave it.</param>
/// <param name="Root">The folder its references may not leave (normalized): specs/, or the folder of a spec added from elsewhere.</param>
/// <param name="IsSpecItem">Whether the project lists it as a spec (everything under specs/, ConferenceGenSpec items), not only as a file of a spec's folder.</param>
/// <param name="Scan">Whether it is a spec of its own, and the files it refers to.</param>
internal sealed record SourceFile(string Path, string Text, string Root, bool IsSpecItem, ReferenceScan Scan);
