using System;
using System.Collections.Generic;
using System.Globalization;

namespace ConferenceGen.Generator.Reading;

/// <summary>
/// One place of the read document that holds an OpenAPI object (a schema, a parameter, a response…): what it
/// holds, what kind of object fits there, and, where the object the spec wrote it in can hold another, how to put
/// one there.
/// </summary>
internal sealed class DocumentSlot
{
    private readonly Action<object>? _set;

    private DocumentSlot(object? value, Type kind, Action<object>? set)
    {
        Value = value;
        Kind = kind;
        _set = set;
    }

    public object? Value { get; }

    /// <summary>The OpenAPI.NET interface of what fits here (<c>IOpenApiSchema</c>, <c>IOpenApiParameter</c>…).</summary>
    public Type Kind { get; }

    /// <summary>Whether the object the spec wrote this place in can hold another object here.</summary>
    public bool CanSet => _set is not null;

    public bool Fits(object value) => CanSet && Kind.IsInstanceOfType(value);

    /// <summary>Puts <paramref name="value"/> here; the caller has checked that it <see cref="Fits"/>.</summary>
    public void Set(object value) => _set!(value);

    public static DocumentSlot Of<T>(T? value, Action<T>? set)
        where T : class =>
        new(value, typeof(T), set is null ? null : value => set((T)value));

    /// <summary>An entry of a map, or null when the map has no such key.</summary>
    public static DocumentSlot? Entry<T>(IDictionary<string, T>? map, string key)
        where T : class =>
        map is not null && map.TryGetValue(key, out var value) ? Of(value, replacement => map[key] = replacement) : null;

    /// <summary>An item of a list, or null when the segment is no index of it.</summary>
    public static DocumentSlot? Item<T>(IList<T>? list, string segment)
        where T : class =>
        list is not null && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Count
            ? Of(list[index], replacement => list[index] = replacement)
            : null;

    /// <summary>A map or list itself, which a pointer goes through but a <c>$ref</c> never names.</summary>
    public static DocumentSlot Container(object? value) => new(value, typeof(void), null);
}
