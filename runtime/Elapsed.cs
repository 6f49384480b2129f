using System;
using System.Diagnostics;

namespace ConferenceGen.Runtime;

/// <summary><c>Stopwatch.GetElapsedTime</c> (.NET 7+), on every target: the time since a <see cref="Stopwatch.GetTimestamp"/>.</summary>
internal static class Elapsed
{
    private static readonly double TicksPerTimestamp = (double)TimeSpan.TicksPerSecond / Stopwatch.Frequency;

    public static TimeSpan Since(long startingTimestamp) =>
        new((long)((Stopwatch.GetTimestamp() - startingTimestamp) * TicksPerTimestamp));
}
