using System;

namespace ConferenceGen.Prism.Tests.Synthesis;

/// <summary>No schema-valid value could be made for a parameter or property: a gap of this fixture, reported as such.</summary>
internal sealed class SynthesisException(string message) : Exception(message);
