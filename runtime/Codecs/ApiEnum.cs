using System;
using System.Collections.Generic;
using System.Globalization;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>
/// What every generated enum is: the exact wire value, compared by value. Documented values are static members of
/// the generated class; others are made explicitly (<c>new Status("x")</c>) or read from a reply, and kept.
/// </summary>
/// <typeparam name="TSelf">The generated enum.</typeparam>
/// <typeparam name="TValue">Its wire value: string, int, long or double.</typeparam>
public abstract class ApiEnum<TSelf, TValue> : IEquatable<TSelf>
    where TSelf : ApiEnum<TSelf, TValue>
{
    /// <summary>A value with the wire value <paramref name="value"/>.</summary>
    protected ApiEnum(TValue value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire value.</summary>
    public TValue Value { get; }

    /// <summary>Whether two values have the same wire value.</summary>
    public static bool operator ==(ApiEnum<TSelf, TValue>? left, ApiEnum<TSelf, TValue>? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values have different wire values.</summary>
    public static bool operator !=(ApiEnum<TSelf, TValue>? left, ApiEnum<TSelf, TValue>? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(TSelf? other) => other is not null && EqualityComparer<TValue>.Default.Equals(Value, other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TSelf other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => EqualityComparer<TValue>.Default.GetHashCode(Value!);

    /// <summary>The wire value as text (numbers in the invariant culture).</summary>
    public override string ToString() => Convert.ToString(Value, CultureInfo.InvariantCulture) ?? string.Empty;
}
