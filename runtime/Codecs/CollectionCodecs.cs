using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>JSON array; <c>type: array</c>. Read as a <see cref="List{T}"/>.</summary>
/// <typeparam name="T">The item type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class ListCodec<T> : JsonCodec<IList<T>>, IEmptyValues<IList<T>>
{
    private readonly JsonCodec<T> _item;

    /// <summary>A list of items read and written by <paramref name="item"/>.</summary>
    public ListCodec(JsonCodec<T> item) => _item = item ?? throw new ArgumentNullException(nameof(item));

    internal override Codec Items => _item;

    IList<T> IEmptyValues<IList<T>>.Empty() => new List<T>();

    bool IEmptyValues<IList<T>>.IsEmpty(IList<T> value) => value.Count == 0;

    internal override object? ParseEach(IReadOnlyList<string> texts)
    {
        var items = new List<T>(texts.Count);
        foreach (var text in texts)
        {
            items.Add((T)_item.ParseObject(text)!);
        }

        return items;
    }

    internal override bool AcceptsKind(JsonValueKind kind) => kind == JsonValueKind.Array;

    internal override bool Fits(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var item in json.EnumerateArray())
        {
            if (!_item.Fits(item))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override IList<T> Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonRead.Unexpected(ref reader, "an array");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(_item.Read(ref reader));
        }

        return items;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IList<T> value)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            _item.Write(writer, item);
        }

        writer.WriteEndArray();
    }
}

/// <summary>JSON object used as a map; <c>additionalProperties</c> without <c>properties</c>.</summary>
/// <typeparam name="T">The value type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class MapCodec<T> : JsonCodec<IDictionary<string, T>>, IEmptyValues<IDictionary<string, T>>
{
    private readonly JsonCodec<T> _value;

    /// <summary>A map of values read and written by <paramref name="value"/>.</summary>
    public MapCodec(JsonCodec<T> value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    IDictionary<string, T> IEmptyValues<IDictionary<string, T>>.Empty() => new Dictionary<string, T>();

    bool IEmptyValues<IDictionary<string, T>>.IsEmpty(IDictionary<string, T> value) => value.Count == 0;

    internal override bool AcceptsKind(JsonValueKind kind) => kind == JsonValueKind.Object;

    internal override bool Fits(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var member in json.EnumerateObject())
        {
            if (!_value.Fits(member.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override IDictionary<string, T> Read(ref Utf8JsonReader reader)
    {
        JsonRead.BeginObject(ref reader, "a map");
        var map = new Dictionary<string, T>();
        while (JsonRead.NextProperty(ref reader))
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = _value.Read(ref reader);
        }

        return map;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IDictionary<string, T> value)
    {
        writer.WriteStartObject();
        foreach (var pair in value)
        {
            writer.WritePropertyName(pair.Key);
            _value.Write(writer, pair.Value);
        }

        writer.WriteEndObject();
    }
}
