using System;
using System.Runtime.CompilerServices;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>Comparisons whose time does not depend on where two values first differ (netstandard2.0 has no CryptographicOperations).</summary>
internal static class FixedTime
{
    // Every byte is looked at whatever the earlier ones were; the length of a signature is no secret.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    public static bool Equal(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < left.Length; i++)
        {
            difference |= left[i] ^ right[i];
        }

        return difference == 0;
    }
}
