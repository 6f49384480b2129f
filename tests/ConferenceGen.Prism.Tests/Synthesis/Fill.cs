namespace ConferenceGen.Prism.Tests.Synthesis;

/// <summary>Which parameters and properties a call sets.</summary>
internal enum Fill
{
    /// <summary>Only what the spec requires: the smallest valid request.</summary>
    RequiredOnly,

    /// <summary>Every optional parameter and property too (nested objects to a depth, see <see cref="JsonValueSynthesizer.OptionalDepth"/>).</summary>
    Everything,
}
