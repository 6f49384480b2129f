using System;
using System.Security.Cryptography;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>Comparisons whose time does not depend on where two values first differ, so that timing reveals nothing of an expected signature.</summary>
internal static class FixedTime
{
    public static bool Equal(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => CryptographicOperations.FixedTimeEquals(left, right);
}
