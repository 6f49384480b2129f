using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>Any JSON value, kept as a <see cref="JsonElement"/>; schemas with no type or free-form objects.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct JsonElementCodec : IJsonCodec<JsonElement>, ITextCodec<JsonElement>
{
    /// <inheritdoc />
    public static JsonElement Read(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <inheritdoc />
    public static void Write(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

    /// <inheritdoc />
    public static string Format(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// <inheritdoc />
    public static JsonElement Parse(string text)
    {
        // Text from a URL or header is a JSON string value.
        using var document = JsonDocument.Parse(JsonCodec.Utf8<string, StringCodec>(text).WrittenMemory);
        return document.RootElement.Clone();
    }
}
