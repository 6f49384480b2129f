using System;
using System.Collections.Generic;
using System.Globalization;

namespace ConferenceGen.Generator.Naming;

/// <summary>
/// Names already taken in one C# scope (a namespace, a class, a parameter list), as bare identifiers: a keyword is
/// escaped only when the emitters write it. A name that is taken gets
/// the lowest free numeric suffix, so the result depends only on the order of the spec, never on chance.
/// Comparison ignores case, because generated file names must also be unique on case-insensitive disks.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public NameScope(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(Identifier.Bounded(name ?? throw new ArgumentNullException(nameof(reserved))));
        }
    }

    /// <summary>A scope holding the names taken here so far, to claim further names in without taking them here.</summary>
    public NameScope Copy()
    {
        var copy = new NameScope();
        copy._taken.UnionWith(_taken);
        return copy;
    }

    /// <summary>Whether the name was changed to be unique in the last call (for diagnostics).</summary>
    public bool IsTaken(string name) => _taken.Contains(Identifier.Bounded(name));

    /// <summary>Gives a claimed name back (a type that turned out to be a duplicate of another).</summary>
    public void Release(string name) => _taken.Remove(Identifier.Bounded(name));

    /// <summary>Takes <paramref name="name"/> (cut to <see cref="Identifier.MaxLength"/>), or the first free one with a number after it.</summary>
    public string Claim(string name)
    {
        name = Identifier.Bounded(name ?? throw new ArgumentNullException(nameof(name)));
        if (_taken.Add(name))
        {
            return name;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = name + suffix.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
