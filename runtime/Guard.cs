using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ConferenceGen.Runtime;

/// <summary>
/// Argument checks that read the same on every target: <c>ArgumentNullException.ThrowIfNull</c> and
/// <c>ArgumentException.ThrowIfNullOrEmpty</c> exist from .NET 6 and 7 on, not in netstandard2.0.
/// </summary>
internal static class Guard
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="argument"/> is null.</summary>
    public static void NotNull([NotNull] object? argument, [CallerArgumentExpression(nameof(argument))] string? name = null)
    {
        if (argument is null)
        {
            throw new ArgumentNullException(name);
        }
    }

    /// <summary>Throws <see cref="ArgumentNullException"/> when null, <see cref="ArgumentException"/> when empty.</summary>
    public static void NotNullOrEmpty([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? name = null)
    {
        NotNull(argument, name);
        if (argument.Length == 0)
        {
            throw new ArgumentException("The value cannot be an empty string.", name);
        }
    }
}
