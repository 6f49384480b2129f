using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>Any JSON value, kept as a <see cref="JsonElement"/>; schemas with no type or free-form objects.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class JsonElementCodec : TextCodec<JsonElement>
{
    /// <summary>The one instance.</summary>
    public static readonly JsonElementCodec Instance = new();
    /// <inheritdoc />
    public override JsonElement Read(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

    /// <inheritdoc />
    public override string Format(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    internal override bool AcceptsKind(JsonValueKind kind) => true;

    internal override bool Fits(JsonElement json) => true;

    /// <inheritdoc />
    public override JsonElement Parse(string text)
    {
        // Text from a URL or header is a JSON string value.
        using var document = JsonDocument.Parse(JsonCodec.Utf8(text, StringCodec.Instance).WrittenMemory);
        return document.RootElement.Clone();
    }
}
