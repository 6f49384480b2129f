namespace ConferenceGen.Runtime;

/// <summary>
/// A value that was either set or never set. Generated models keep optional properties in it, so that a
/// request sends only the fields the caller set and a parsed reply knows which fields the server sent.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public readonly struct Optional<T>
{
    private readonly T _value;

    /// <summary>Creates a set value.</summary>
    public Optional(T value)
    {
        _value = value;
        IsSet = true;
    }

    /// <summary>Whether a value was set (it may be set to <c>null</c>).</summary>
    public bool IsSet { get; }

    /// <summary>The value, or the default when it was never set.</summary>
    public T Value => _value;

    /// <summary>Wraps a value as set.</summary>
    public static implicit operator Optional<T>(T value) => new(value);
}
