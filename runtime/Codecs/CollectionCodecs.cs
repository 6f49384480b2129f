using System.Collections.Generic;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>JSON array; <c>type: array</c>. Reads into a <see cref="List{T}"/>.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TItemCodec">The codec of one item.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct ListCodec<T, TItemCodec> : IJsonCodec<IList<T>>
    where TItemCodec : IJsonCodec<T>
{
    /// <inheritdoc />
    public static IList<T> Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonRead.Unexpected(ref reader, "an array");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(TItemCodec.Read(ref reader));
        }

        return items;
    }

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, IList<T> value)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            TItemCodec.Write(writer, item);
        }

        writer.WriteEndArray();
    }
}

/// <summary>JSON object used as a map; <c>additionalProperties</c>. Reads into a <see cref="Dictionary{TKey,TValue}"/>.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <typeparam name="TValueCodec">The codec of one value.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct MapCodec<T, TValueCodec> : IJsonCodec<IDictionary<string, T>>
    where TValueCodec : IJsonCodec<T>
{
    /// <inheritdoc />
    public static IDictionary<string, T> Read(ref Utf8JsonReader reader)
    {
        JsonRead.BeginObject(ref reader, "a map");
        var map = new Dictionary<string, T>();
        while (JsonRead.NextProperty(ref reader))
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = TValueCodec.Read(ref reader);
        }

        return map;
    }

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, IDictionary<string, T> value)
    {
        writer.WriteStartObject();
        foreach (var pair in value)
        {
            writer.WritePropertyName(pair.Key);
            TValueCodec.Write(writer, pair.Value);
        }

        writer.WriteEndObject();
    }
}
