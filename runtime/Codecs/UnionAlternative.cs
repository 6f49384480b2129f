using System;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>One alternative of a generated union as its codec sees it: the alternative's codec and the discriminator values that name it.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class UnionAlternative
{
    /// <param name="codec">The codec of the alternative.</param>
    /// <param name="discriminatorValues">The values of the union's discriminator property that select it; none when the discriminator cannot name it.</param>
    public UnionAlternative(Codec codec, params string[] discriminatorValues)
    {
        Codec = codec ?? throw new ArgumentNullException(nameof(codec));
        DiscriminatorValues = discriminatorValues ?? throw new ArgumentNullException(nameof(discriminatorValues));
    }

    internal Codec Codec { get; }

    internal string[] DiscriminatorValues { get; }

    internal bool IsNamed(string discriminator) => Array.IndexOf(DiscriminatorValues, discriminator) >= 0;
}
