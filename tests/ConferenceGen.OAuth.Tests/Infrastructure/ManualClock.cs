using System;

namespace ConferenceGen.OAuth.Tests.Infrastructure;

/// <summary>A clock that moves only when the test moves it: token expiry without waiting for it.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
